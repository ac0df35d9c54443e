-- Free text: does the text contain q, ignoring case and accents? Both sides are folded as the trigram indexes are
-- (mayors_fold); q is escaped for LIKE after folding, because folding turns full-width ％ ＿ ＼ into % _ \, which must
-- stay literal too. This was an HQL expression of nested replace/concat/cast calls inside a LIKE; the first time
-- Hibernate's HQL parser (ANTLR) met it, its prediction took seconds and over 100 MB per request, and 32 searches
-- arriving at a cold service exhausted a 192 MB heap (bench/README.md). Here it is one call. A plain SQL function,
-- not STRICT, so PostgreSQL inlines it and still answers from the trigram index on mayors_fold(column).
create function mayors_matches(text, text) returns boolean
    language sql immutable parallel safe
as $$ select mayors_fold($1) like '%' || replace(replace(replace(mayors_fold($2), '\', '\\'), '%', '\%'), '_', '\_') || '%' escape '\' $$;
