-- Names in other languages, keyed by BCP 47 tag: {"zh": "青岛", "ja": "青島"}. The canonical name stays in its column.
alter table country add column names jsonb not null default '{}';
alter table city add column names jsonb not null default '{}';
alter table topic add column titles jsonb not null default '{}';
