-- "Ignoring case" missed letters whose lower case depends on where they stand or has two forms. lower('Σ') is 'σ',
-- never the final 'ς', so a Greek name typed in capitals neither found the same name in lower case (q=ΠΕΙΡΑΙΑΣ missed
-- Πειραιάς) nor collided with it (ΘΑΛΆΣΣΙΟΣ ΤΟΥΡΙΣΜΌΣ and Θαλάσσιος τουρισμός were two topics). Unicode's case folding,
-- which PostgreSQL 15 has no function for, maps ς to σ, ſ (long s) to s, and ß (ẞ's lower case) to ss; these are its
-- mappings that lower() does not make for a name in any script the API's users write.

-- Two names are the same name when this gives the same text (the unique indexes and the services' checks).
create function mayors_case_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select replace(translate(lower($1), 'ςſ', 'σs'), 'ß', 'ss') $$;

-- The unique indexes compare names so too, where the stored names allow it. Names stored before this release may
-- differ only in those letters (the very duplicates it stops); for such a table the index stays as it was and the
-- migration warns, naming them, rather than failing the deploy. The services' checks refuse new duplicates either way;
-- once one of each pair is renamed, the index is replaced by hand with the statement below.
do $$
declare
    clash text;
begin
    select string_agg(names, '; ') into clash
    from (select string_agg(name, ' / ') as names from country group by mayors_case_fold(name) having count(*) > 1) c;
    if clash is null then
        drop index country_name_uk;
        create unique index country_name_uk on country (mayors_case_fold(name));
    else
        raise warning 'country_name_uk still compares lower(name): these countries differ only in case: %', clash;
    end if;

    select string_agg(names, '; ') into clash
    from (select string_agg(name, ' / ') as names from city group by country_code, mayors_case_fold(name)
          having count(*) > 1) c;
    if clash is null then
        drop index city_country_name_uk;
        create unique index city_country_name_uk on city (country_code, mayors_case_fold(name));
    else
        raise warning 'city_country_name_uk still compares lower(name): these cities differ only in case: %', clash;
    end if;

    select string_agg(names, '; ') into clash
    from (select string_agg(title, ' / ') as names from topic group by mayors_case_fold(title) having count(*) > 1) c;
    if clash is null then
        drop index topic_title_uk;
        create unique index topic_title_uk on topic (mayors_case_fold(title));
    else
        raise warning 'topic_title_uk still compares lower(title): these topics differ only in case: %', clash;
    end if;

    select string_agg(names, '; ') into clash
    from (select string_agg(name, ' / ') as names from event group by mayors_case_fold(name) having count(*) > 1) c;
    if clash is null then
        drop index event_name_uk;
        create unique index event_name_uk on event (mayors_case_fold(name));
    else
        raise warning 'event_name_uk still compares lower(name): these events differ only in case: %', clash;
    end if;
end $$;

-- Free text folds the same way (unaccent already writes ß as ss). mayors_fold keeps its immutable label for the
-- stored folded columns; mayors_fold_query stays stable so that PostgreSQL inlines it (V18); they fold alike.
create or replace function mayors_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select replace(translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'ςſ', 'σs'), 'ß', 'ss') $$;

create or replace function mayors_fold_query(q text) returns text
    language sql stable strict parallel safe
as $$ select replace(translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'ςſ', 'σs'), 'ß', 'ss') $$;

-- The stored folded copies are computed again when their row is written; only rows holding one of those letters
-- fold differently. Writing a column's own value fires none of the triggers (each compares old and new).
update mayor set full_name = full_name where full_name_folded ~ '[ςſß]';
update city set name = name, local_name = local_name where name_folded ~ '[ςſß]' or local_name_folded ~ '[ςſß]';
update country set name = name where name_folded ~ '[ςſß]';
update topic set title = title, description = description
where title_folded ~ '[ςſß]' or description_folded ~ '[ςſß]';
update event set name = name, description = description
where name_folded ~ '[ςſß]' or description_folded ~ '[ςſß]';

-- The name search's pieces (V16, V19) of the mayors whose folded name changed, written again as its trigger writes them.
delete from mayor_name_gram g using mayor m where g.mayor_id = m.id and g.full_name_folded <> m.full_name_folded;
insert into mayor_name_gram (gram, full_name, mayor_id, full_name_folded, title, city_id, term_start, term_end, languages)
select g, m.full_name, m.id, m.full_name_folded, m.title, m.city_id, m.term_start, m.term_end, m.languages
from mayor m, mayors_name_grams(m.full_name_folded) g
where not exists (select 1 from mayor_name_gram x where x.mayor_id = m.id);
