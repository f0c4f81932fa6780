-- The shell's output modes.
CREATE TABLE t(id INTEGER, name TEXT, score REAL, note);
INSERT INTO t VALUES (1, 'ann', 9.5, NULL), (2, 'bob "the" builder', 7.25, 'a,b'), (3, 'ünïcode', -1, x'41');
.headers on
.mode column
SELECT * FROM t;
.mode box
SELECT * FROM t;
.mode markdown
SELECT * FROM t;
.mode table
SELECT * FROM t;
.mode csv
SELECT * FROM t;
.mode json
SELECT * FROM t;
.mode line
SELECT * FROM t WHERE id = 2;
.mode quote
SELECT * FROM t;
.mode insert target
SELECT * FROM t;
.mode html
SELECT * FROM t WHERE id = 1;
.mode tabs
SELECT * FROM t;
.mode list
.separator " | "
.nullvalue <null>
SELECT * FROM t;
.headers off
.mode ascii
SELECT id, name FROM t WHERE id < 3;
