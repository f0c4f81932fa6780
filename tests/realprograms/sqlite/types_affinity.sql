-- Storage classes and column affinity.
CREATE TABLE t(i INTEGER, r REAL, x TEXT, b BLOB, n NUMERIC, any);
INSERT INTO t VALUES ('12', '3', 45, x'0102', '6.0', '7');
INSERT INTO t VALUES ('1e3', 'abc', 4.5, 'blob?', '0x10', 8.25);
INSERT INTO t VALUES (NULL, 2, NULL, NULL, '1e400', -0.0);
SELECT typeof(i), typeof(r), typeof(x), typeof(b), typeof(n), typeof(any) FROM t;
SELECT i, r, x, quote(b), n, any FROM t;
SELECT CAST('42abc' AS INTEGER), CAST('  3.5e2xyz' AS REAL), CAST(12.9 AS INTEGER), CAST(-12.9 AS INTEGER);
SELECT CAST(x'414243' AS TEXT), CAST(123 AS BLOB), typeof(CAST(123 AS BLOB));
SELECT 1 = 1.0, '1' = 1, 2 < '10', '2' < '10', x'00' < 'a';
