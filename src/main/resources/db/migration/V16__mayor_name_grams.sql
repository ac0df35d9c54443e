-- A search of the mayors returns its page in name order, so PostgreSQL walked the whole name index in that order and
-- tested each folded name against the pattern until the page was full: for "haruka" on the bench data, 6,320 names for
-- 21 matches (0.41 ms warm, ~4,000 statements a second with 32 clients). The trigram index finds the matches without
-- the walk, but not in name order: all 1,264 had to be read and sorted (worse). Here each mayor's folded name is also
-- kept as its 3-character pieces, one row per distinct piece, indexed by (piece, name, id): a search walks only the
-- names that contain the first piece of its text, in name order, and tests those (~26,000 statements a second for the
-- same page). Every name also has the piece '', which text that folds to fewer than three characters uses: its walk is
-- the old one, and short text is common text, whose page fills fast.
create table mayor_name_gram (
    gram             text         not null,
    full_name        varchar(150) not null,
    mayor_id         uuid         not null references mayor (id) on delete cascade,
    full_name_folded text         not null,
    primary key (gram, full_name, mayor_id) include (full_name_folded)
);
create index mayor_name_gram_mayor_idx on mayor_name_gram (mayor_id);

-- The distinct 3-character pieces of folded text, and ''.
create function mayors_name_grams(folded text) returns setof text
    language sql immutable parallel safe
as $$ select substr($1, i, 3) from generate_series(1, length($1) - 2) i union select '' $$;

-- The piece a search for q walks: the first three characters of q folded, or '' when it folds shorter (folding can
-- shorten text: unaccent drops combining marks).
create function mayors_search_gram(q text) returns text
    language sql immutable parallel safe
as $$ select case when length(mayors_fold($1)) >= 3 then left(mayors_fold($1), 3) else '' end $$;

-- Is this row of mayor_name_gram one that a search for q walks, and does its name contain q? q first, as in V11.
-- Not STRICT, so PostgreSQL inlines it and the piece becomes the index's condition.
create function mayors_gram_occurs_in(q text, gram text, folded text) returns boolean
    language sql immutable parallel safe
as $$ select $2 = mayors_search_gram($1) and mayors_occurs_in($1, $3) $$;

insert into mayor_name_gram (gram, full_name, mayor_id, full_name_folded)
select g, m.full_name, m.id, m.full_name_folded
from mayor m, mayors_name_grams(m.full_name_folded) g;

-- In the transaction that names or renames the mayor: under the mayor's row lock, so two renames cannot interleave.
create function mayors_name_grams_changed() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE' then
        delete from mayor_name_gram where mayor_id = new.id;
    end if;
    insert into mayor_name_gram (gram, full_name, mayor_id, full_name_folded)
    select g, new.full_name, new.id, new.full_name_folded from mayors_name_grams(new.full_name_folded) g;
    return null;
end $$;

create trigger mayor_name_grams_inserted after insert on mayor
    for each row execute function mayors_name_grams_changed();
create trigger mayor_name_grams_renamed after update of full_name on mayor
    for each row when (old.full_name is distinct from new.full_name) execute function mayors_name_grams_changed();

-- mayor_full_name_id_idx keeps the folded name it carries since V10, although this release's search no longer walks
-- it: the previous release's instances still search that way during a rolling deploy, and without it each name they
-- test is a row fetch (a search three times slower). A later migration can drop it.
