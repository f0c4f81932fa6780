-- CASE, iif, and expressions in ORDER BY and GROUP BY.
CREATE TABLE t(n INTEGER);
INSERT INTO t SELECT value FROM generate_series(1, 15);
SELECT n, CASE WHEN n % 15 = 0 THEN 'FizzBuzz' WHEN n % 5 = 0 THEN 'Buzz' WHEN n % 3 = 0 THEN 'Fizz' ELSE n END FROM t;
SELECT CASE n % 3 WHEN 0 THEN 'zero' WHEN 1 THEN 'one' END AS r, count(*) FROM t GROUP BY r ORDER BY r;
SELECT iif(n > 10, 'big', 'small') AS s, sum(n) FROM t GROUP BY s ORDER BY s;
SELECT n FROM t ORDER BY n % 4, n DESC LIMIT 6;
SELECT n BETWEEN 3 AND 5, n NOT BETWEEN 3 AND 5, n IN (1, 2, 3) FROM t WHERE n < 7;
