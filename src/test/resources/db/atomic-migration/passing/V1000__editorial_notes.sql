-- A later migration with DDL, applied to a database already at the newest migration (AtomicH2MigrationTest).
create table editorial_notes (id bigint primary key);
insert into editorial_notes values (1);
