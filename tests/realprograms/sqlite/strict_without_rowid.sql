-- STRICT tables and WITHOUT ROWID tables.
CREATE TABLE s(i INTEGER, r REAL, t TEXT, b BLOB, a ANY) STRICT;
INSERT INTO s VALUES (1, 2, 'x', x'00', 5.5);
INSERT INTO s VALUES ('2', '3.5', 4, x'01', 'any');
INSERT INTO s VALUES ('two', 1, 'x', NULL, NULL);
INSERT INTO s VALUES (1, 'not real', 'x', NULL, NULL);
SELECT i, typeof(i), r, typeof(r), t, typeof(t), typeof(a) FROM s;
CREATE TABLE kv(k TEXT PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO kv VALUES ('b', 2), ('a', 1), ('c', 3);
INSERT INTO kv VALUES ('a', 9);
SELECT * FROM kv;
SELECT rowid FROM kv;
