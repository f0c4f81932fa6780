-- Scalar, IN, EXISTS and correlated subqueries.
CREATE TABLE t(g, v);
INSERT INTO t VALUES ('a', 1), ('a', 5), ('b', 2), ('b', 8), ('c', 3);
SELECT (SELECT max(v) FROM t), (SELECT count(*) FROM t WHERE v > 2);
SELECT g, v FROM t WHERE v IN (SELECT max(v) FROM t GROUP BY g) ORDER BY g;
SELECT g, v FROM t o WHERE v > (SELECT avg(v) FROM t i WHERE i.g = o.g) ORDER BY g;
SELECT DISTINCT g FROM t o WHERE EXISTS (SELECT 1 FROM t i WHERE i.g = o.g AND i.v > 4) ORDER BY g;
SELECT g FROM t GROUP BY g HAVING sum(v) > (SELECT sum(v) / 3 FROM t) ORDER BY g;
SELECT * FROM (SELECT g, sum(v) AS s FROM t GROUP BY g) WHERE s >= 5 ORDER BY s;
SELECT v, v NOT IN (1, 2, NULL), v IN (SELECT v FROM t WHERE g = 'a') FROM t ORDER BY v;
