-- NULL: three-valued logic and the functions that handle it.
SELECT NULL = NULL, NULL IS NULL, NULL IS NOT NULL, 1 IS 1, NULL <> 1, NULL AND 0, NULL OR 1, NOT NULL;
SELECT coalesce(NULL, NULL, 'third'), ifnull(NULL, 'x'), nullif(5, 5), nullif(5, 6), iif(NULL, 'yes', 'no');
CREATE TABLE t(a, b);
INSERT INTO t VALUES (1, NULL), (NULL, 2), (NULL, NULL), (3, 3);
SELECT count(*), count(a), count(b), sum(a), avg(b), total(b) FROM t;
SELECT a, b FROM t ORDER BY a NULLS LAST, b NULLS FIRST;
SELECT a, b FROM t WHERE a IS NOT b ORDER BY rowid;
SELECT DISTINCT a FROM t ORDER BY a;
