-- Rollback journal modes on a file, each with a transaction that commits and one that rolls back.
.open @DIR@/journal.db
CREATE TABLE t(x);
PRAGMA journal_mode;
PRAGMA journal_mode = TRUNCATE;
BEGIN; INSERT INTO t VALUES (1); COMMIT;
BEGIN; INSERT INTO t VALUES (2); ROLLBACK;
PRAGMA journal_mode = PERSIST;
BEGIN; INSERT INTO t VALUES (3); COMMIT;
BEGIN; DELETE FROM t; ROLLBACK;
PRAGMA journal_mode = MEMORY;
BEGIN; INSERT INTO t VALUES (4); ROLLBACK;
PRAGMA journal_mode = OFF;
INSERT INTO t VALUES (5);
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = FULL;
INSERT INTO t VALUES (6);
SELECT group_concat(x) FROM t;
PRAGMA journal_mode = WAL;
