-- A name search's page was the walk of mayor_name_gram's index (V16) joined to mayor by key: 21 probes of mayor's
-- primary key for a page of 20, most of the statement's cost once the walk itself was cheap (bench/README.md). Each
-- piece row now also carries the columns a page shows, in the index the walk reads, so the page is that walk alone.
-- The rows are the database's copy, kept by the trigger below in the transaction that changes the mayor.
alter table mayor_name_gram
    add column title      varchar(100),
    add column city_id    uuid,
    add column term_start date,
    add column term_end   date,
    add column languages  varchar(35)[];

update mayor_name_gram g
set title = m.title, city_id = m.city_id, term_start = m.term_start, term_end = m.term_end, languages = m.languages
from mayor m
where m.id = g.mayor_id;

alter table mayor_name_gram
    alter column title set not null,
    alter column city_id set not null,
    alter column languages set not null;

alter table mayor_name_gram drop constraint mayor_name_gram_pkey;
alter table mayor_name_gram add primary key (gram, full_name, mayor_id)
    include (full_name_folded, title, city_id, term_start, term_end, languages);

-- V16's function with the page's columns; a change of any of them writes the mayor's pieces again.
create or replace function mayors_name_grams_changed() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE' then
        delete from mayor_name_gram where mayor_id = new.id;
    end if;
    insert into mayor_name_gram (gram, full_name, mayor_id, full_name_folded, title, city_id, term_start, term_end,
                                 languages)
    select g, new.full_name, new.id, new.full_name_folded, new.title, new.city_id, new.term_start, new.term_end,
           new.languages
    from mayors_name_grams(new.full_name_folded) g;
    return null;
end $$;

drop trigger mayor_name_grams_renamed on mayor;
create trigger mayor_name_grams_changed after update of full_name, title, city_id, term_start, term_end, languages on mayor
    for each row when ((old.full_name, old.title, old.city_id, old.term_start, old.term_end, old.languages)
        is distinct from (new.full_name, new.title, new.city_id, new.term_start, new.term_end, new.languages))
    execute function mayors_name_grams_changed();
