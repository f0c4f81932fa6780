-- Many rows in an indexed file table: B-tree splits, the page cache, the journal.
.open @DIR@/many.db
PRAGMA cache_size = 20;
CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c INTEGER);
CREATE INDEX t_c ON t(c);
CREATE INDEX t_b ON t(b);
BEGIN;
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000)
INSERT INTO t SELECT x, printf('%08x', (x * 2654435761) % 4294967296), (x * 7919) % 1000 FROM n;
COMMIT;
SELECT count(*), min(b), max(b), sum(c) FROM t;
SELECT c, count(*) FROM t WHERE c BETWEEN 10 AND 14 GROUP BY c ORDER BY c;
UPDATE t SET c = c + 1 WHERE a % 7 = 0;
DELETE FROM t WHERE b LIKE 'a%';
SELECT count(*), sum(c) FROM t;
SELECT b FROM t ORDER BY b LIMIT 3 OFFSET 1000;
PRAGMA integrity_check;
