-- Free-text search that ignores case and accents ("pecs" finds "Pécs"), answered from trigram indexes.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes this wrapper safe to
-- declare IMMUTABLE, which index expressions require.
create or replace function mayors_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index country_name_trgm on country using gin (mayors_fold(name) gin_trgm_ops);
create index city_name_trgm on city using gin (mayors_fold(name) gin_trgm_ops);
create index city_local_name_trgm on city using gin (mayors_fold(local_name) gin_trgm_ops);
create index mayor_full_name_trgm on mayor using gin (mayors_fold(full_name) gin_trgm_ops);
create index topic_title_trgm on topic using gin (mayors_fold(title) gin_trgm_ops);
create index topic_description_trgm on topic using gin (mayors_fold(description) gin_trgm_ops);
create index event_name_trgm on event using gin (mayors_fold(name) gin_trgm_ops);
create index event_description_trgm on event using gin (mayors_fold(description) gin_trgm_ops);

-- Sort orders offered to clients, each with the id as tie-breaker.
create index country_name_code_idx on country (name, code);
create index event_name_id_idx on event (name, id);
create index event_ends_at_idx on event (ends_at);
