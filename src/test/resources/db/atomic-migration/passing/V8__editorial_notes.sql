-- A later migration with DDL, applied to a database already at V7 (AtomicH2MigrationTest).
create table editorial_notes (id bigint primary key);
insert into editorial_notes values (1);
