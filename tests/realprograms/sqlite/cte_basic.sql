-- Common table expressions, materialized or not, chained.
WITH a(x) AS (VALUES (1), (2), (3)), b(y) AS (SELECT x * 10 FROM a) SELECT x, y FROM a, b WHERE y > x * 10 ORDER BY x, y;
WITH totals AS MATERIALIZED (SELECT 'k' || (value % 3) AS k, sum(value) AS s FROM generate_series(1, 30) GROUP BY 1)
SELECT * FROM totals ORDER BY k;
WITH t(n, sq) AS NOT MATERIALIZED (SELECT value, value * value FROM generate_series(1, 5)) SELECT group_concat(sq) FROM t;
