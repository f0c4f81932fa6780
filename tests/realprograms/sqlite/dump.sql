-- .dump of a database with tables, an index, a view and a trigger.
CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c REAL, d BLOB);
INSERT INTO t VALUES (1, 'it''s', 1.5, x'00ff'), (2, NULL, -0.25, NULL), (3, 'line
break', 1e100, zeroblob(2));
CREATE INDEX t_b ON t(b);
CREATE VIEW v AS SELECT a, b FROM t;
CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;
CREATE TABLE empty(x);
.dump
.dump t
