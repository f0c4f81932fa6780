-- Temporary tables and a second in-memory database attached.
CREATE TEMP TABLE scratch(x);
INSERT INTO scratch VALUES (1), (2);
ATTACH ':memory:' AS mem;
CREATE TABLE mem.copy AS SELECT x * 10 AS y FROM scratch;
SELECT * FROM mem.copy;
SELECT name FROM temp.sqlite_schema;
PRAGMA database_list;
DETACH mem;
SELECT sum(x) FROM scratch;
