-- Indexes (unique, partial, on expressions) and the plans that use them.
CREATE TABLE t(a INTEGER, b TEXT, c REAL);
CREATE UNIQUE INDEX t_a ON t(a);
CREATE INDEX t_b_partial ON t(b) WHERE c > 0;
CREATE INDEX t_lower ON t(lower(b));
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200)
INSERT INTO t SELECT x, 'name' || (x % 17), x - 100 FROM n;
EXPLAIN QUERY PLAN SELECT * FROM t WHERE a = 5;
EXPLAIN QUERY PLAN SELECT * FROM t WHERE b = 'name3' AND c > 0;
EXPLAIN QUERY PLAN SELECT * FROM t WHERE lower(b) = 'name4';
EXPLAIN QUERY PLAN SELECT * FROM t WHERE c < 0 ORDER BY b;
SELECT a, b, c FROM t WHERE lower(b) = 'name4' ORDER BY a LIMIT 5;
INSERT INTO t VALUES (5, 'dup', 1);
SELECT count(*), count(DISTINCT b), sum(c) FROM t;
PRAGMA index_list(t);
PRAGMA index_info(t_a);
