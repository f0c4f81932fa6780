-- VALUES lists and compound selects: UNION, UNION ALL, INTERSECT, EXCEPT.
VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT 1 UNION SELECT 2 UNION SELECT 1 ORDER BY 1;
SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 1;
SELECT value FROM generate_series(1, 10) INTERSECT SELECT value * 2 FROM generate_series(1, 10) ORDER BY 1;
SELECT value FROM generate_series(1, 10) EXCEPT SELECT value * 3 FROM generate_series(1, 10) ORDER BY 1 DESC;
SELECT * FROM (VALUES (3), (1), (2)) ORDER BY 1 LIMIT 2 OFFSET 1;
SELECT value, value % 4 FROM generate_series(0, 20, 5);
