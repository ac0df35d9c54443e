-- A search tests each row it meets against a LIKE pattern made from q (V11's mayors_occurs_in, V16's
-- mayors_gram_occurs_in).
-- Written inside the condition, the pattern is made again for every row tested, folding q through unaccent each
-- time; selected in a scalar subquery, PostgreSQL makes it once per execution (an InitPlan). pgbench -M prepared on
-- the search page's statement: 16,622-17,591 tps -> 21,294-21,773 (bench/README.md).

-- The LIKE pattern that finds q in folded text: q folded, then its escape character, % and _ escaped.
create function mayors_like_pattern(q text, escape_character text) returns text
    language sql immutable parallel safe
as $$ select '%' || replace(replace(replace(mayors_fold($1), $2, $2 || $2), '%', $2 || '%'), '_', $2 || '_') || '%' $$;

-- The first `length` characters of q folded, or '' when it folds shorter: the piece of mayor_name_gram a search
-- walks (V16's mayors_search_gram with the length named, so that q is not a query's last function argument: V11).
create function mayors_search_gram(q text, length integer) returns text
    language sql immutable parallel safe
as $$ select case when length(mayors_fold($1)) >= $2 then left(mayors_fold($1), $2) else '' end $$;

-- V16's two functions that this replaces: no release has called them (V16 and this migration ship together), so
-- nothing running during a rolling deploy needs them.
drop function mayors_gram_occurs_in(text, text, text);
drop function mayors_search_gram(text);
