-- A later migration that fails halfway, after H2 has already committed its DDL (AtomicH2MigrationTest).
create table editorial_notes (id bigint primary key);
insert into no_such_table values (1);
