-- Every registration POST writes an entry in each of the table's indexes; two of them served no read. Without them
-- a registration's insert writes two WAL records fewer (19 % fewer bytes) and takes ~7 % less of PostgreSQL's time
-- (bench/README.md, thirty-sixth session).
-- registration_partner_idx: nothing looks registrations up by the partner that made them, and a partner is never
-- deleted (a revoked one keeps its row), so no foreign-key check needs it either. Should partners ever be deleted,
-- their foreign key wants the index back.
drop index registration_partner_idx;
-- registration_head_mayor_idx serves one read: the foreign-key check when a mayor is deleted, which asks for one
-- mayor's id and so never for a null. A delegation led by a representative has no head mayor, and its null entry was
-- written for nothing (RegistrationIndexesTest: the check still finds its rows by this index).
drop index registration_head_mayor_idx;
create index registration_head_mayor_idx on registration (head_mayor_id) where head_mayor_id is not null;
