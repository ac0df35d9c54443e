-- Free text compares stored folded text instead of folding every row it looks at. Folding (mayors_fold: unaccent +
-- lower) costs about 6 µs a row; a search for a common name re-checked ~1,300 trigram hits, or walked ~6,300 names in
-- page order, through it (10-16 ms a query on the bench data, bench/README.md). Each searched column now has a
-- generated copy the database keeps folded on every write, so it can never disagree with its source, and the trigram
-- indexes move onto those copies. The mayors' page-order index carries the folded name too, so a page of a common
-- name is filtered inside the index (an index-only scan, Where.fetchThroughIds) and only the rows shown are read from
-- the table.
alter table mayor add column full_name_folded text generated always as (mayors_fold(full_name)) stored;
alter table city add column name_folded text generated always as (mayors_fold(name)) stored,
                 add column local_name_folded text generated always as (mayors_fold(local_name)) stored;
alter table country add column name_folded text generated always as (mayors_fold(name)) stored;
alter table topic add column title_folded text generated always as (mayors_fold(title)) stored,
                  add column description_folded text generated always as (mayors_fold(description)) stored;
alter table event add column name_folded text generated always as (mayors_fold(name)) stored,
                  add column description_folded text generated always as (mayors_fold(description)) stored;

drop index mayor_full_name_trgm, city_name_trgm, city_local_name_trgm, country_name_trgm, topic_title_trgm,
    topic_description_trgm, event_name_trgm, event_description_trgm;
create index mayor_full_name_trgm on mayor using gin (full_name_folded gin_trgm_ops);
create index city_name_trgm on city using gin (name_folded gin_trgm_ops);
create index city_local_name_trgm on city using gin (local_name_folded gin_trgm_ops);
create index country_name_trgm on country using gin (name_folded gin_trgm_ops);
create index topic_title_trgm on topic using gin (title_folded gin_trgm_ops);
create index topic_description_trgm on topic using gin (description_folded gin_trgm_ops);
create index event_name_trgm on event using gin (name_folded gin_trgm_ops);
create index event_description_trgm on event using gin (description_folded gin_trgm_ops);

drop index mayor_full_name_id_idx;
create index mayor_full_name_id_idx on mayor (full_name, id) include (full_name_folded);

-- Does folded text contain q? q is folded here and escaped for LIKE after folding (as in V9's mayors_matches, which
-- this replaces). Not STRICT, so PostgreSQL inlines it onto the trigram index.
create function mayors_contains(text, text) returns boolean
    language sql immutable parallel safe
as $$ select $1 like '%' || replace(replace(replace(mayors_fold($2), '\', '\\'), '%', '\%'), '_', '\_') || '%' escape '\' $$;
drop function mayors_matches(text, text);
