-- Sorting text and numbers: ORDER BY on mixed types, LIMIT, and aggregate order.
CREATE TABLE m(v);
INSERT INTO m VALUES (3), ('10'), (2.5), ('abc'), (x'01'), (NULL), ('Abc'), (-1), ('2');
SELECT v, typeof(v) FROM m ORDER BY v;
SELECT v FROM m ORDER BY v DESC LIMIT 4;
SELECT group_concat(v, '/') FROM (SELECT v FROM m WHERE typeof(v) IN ('integer', 'real') ORDER BY v);
SELECT max(v), min(v) FROM m;
