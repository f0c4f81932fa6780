-- Aggregates with GROUP BY, HAVING, DISTINCT and FILTER.
CREATE TABLE sale(region, product, qty INTEGER, price REAL);
INSERT INTO sale VALUES ('north', 'pen', 10, 1.5), ('north', 'ink', 2, 4.0), ('south', 'pen', 7, 1.5),
  ('south', 'pad', 3, 2.25), ('east', 'ink', 5, 4.0), ('east', 'pen', 1, 1.75), ('north', 'pen', 4, 1.5);
SELECT region, count(*), sum(qty), avg(price), min(price), max(qty), total(qty * price) FROM sale GROUP BY region ORDER BY region;
SELECT product, group_concat(region, '+') FROM (SELECT * FROM sale ORDER BY region) GROUP BY product ORDER BY product;
SELECT count(DISTINCT product), count(DISTINCT region), sum(DISTINCT qty) FROM sale;
SELECT region, sum(qty) FILTER (WHERE product = 'pen') AS pens, sum(qty) FILTER (WHERE product <> 'pen') AS others FROM sale GROUP BY region ORDER BY region;
SELECT product, sum(qty) AS q FROM sale GROUP BY product HAVING q > 5 ORDER BY q DESC;
SELECT avg(x), sum(x), total(x), count(x) FROM (SELECT 1 AS x WHERE 0);
SELECT group_concat(product, ', ') FROM (SELECT DISTINCT product FROM sale ORDER BY product);
