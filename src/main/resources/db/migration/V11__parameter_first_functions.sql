-- Hibernate 7 reads a query parameter in the last argument of a function call as possibly multi-valued (varargs),
-- and never caches the SQL translation of a query that has such a parameter: every search and every webhook
-- lookup was translated from HQL to SQL anew (17-23 % of a search's CPU). These functions take the parameter first.

-- Does folded text contain q? Same body as V10's mayors_contains (q folded here, then escaped for LIKE), arguments
-- swapped. Not STRICT, so PostgreSQL inlines it onto the trigram index.
create function mayors_occurs_in(q text, folded text) returns boolean
    language sql immutable parallel safe
as $$ select $2 like '%' || replace(replace(replace(mayors_fold($1), '\', '\\'), '%', '\%'), '_', '\_') || '%' escape '\' $$;
drop function mayors_contains(text, text);

-- Is the element one of the array's? (= any, which HQL cannot say with the element as a parameter.)
create function mayors_element_of(element text, elements text[]) returns boolean
    language sql immutable parallel safe
as $$ select $1 = any($2) $$;

-- Is the element in the array? The array first: a set of ids bound as one array parameter (Hibernate keeps the
-- translation, which it does not for an in-list). Inlined, so "id = any($1)" is answered from the primary key.
create function mayors_has_element(elements anyarray, element anyelement) returns boolean
    language sql immutable parallel safe
as $$ select $2 = any($1) $$;
