-- mayors_fold is labelled immutable, as the generated folded columns and their indexes require, but its body calls
-- unaccent, which is only stable. PostgreSQL never inlines a SQL function whose body is less immutable than its label,
-- so every search that folded its text ran mayors_fold as a function call: its body prepared again on each execution
-- of the statement, ~5 µs each, three for a name search (mayors_search_gram twice, mayors_like_pattern once). The same
-- body labelled stable is inlined into the statement, leaving the C unaccent call (~0.3 µs). pgbench -M prepared on
-- the name search's statement: 20,668-21,461 tps -> 25,978-26,914 (bench/README.md).
-- Stored text keeps mayors_fold: a generated column may only use immutable functions.

-- q folded as mayors_fold folds it, for queries.
create function mayors_fold_query(q text) returns text
    language sql stable strict parallel safe
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- V17's two functions folding through mayors_fold_query, stable like it (immutable, they would not be inlined either).
-- Neither is used by an index or a column; the results are the same, so instances of the previous release can call
-- them during a rolling deploy.
create or replace function mayors_like_pattern(q text, escape_character text) returns text
    language sql stable parallel safe
as $$ select '%' || replace(replace(replace(mayors_fold_query($1), $2, $2 || $2), '%', $2 || '%'), '_', $2 || '_') || '%' $$;

create or replace function mayors_search_gram(q text, length integer) returns text
    language sql stable parallel safe
as $$ select case when length(mayors_fold_query($1)) >= $2 then left(mayors_fold_query($1), $2) else '' end $$;
