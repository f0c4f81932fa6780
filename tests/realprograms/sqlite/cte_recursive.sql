-- Recursive CTEs: counting, Fibonacci, a tree walk, and a graph's reachable nodes.
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c LIMIT 10) SELECT group_concat(n) FROM c;
WITH RECURSIVE fib(i, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT i + 1, b, a + b FROM fib WHERE i < 90) SELECT i, a FROM fib WHERE i % 10 = 0 OR i > 88;
CREATE TABLE tree(id, parent, name);
INSERT INTO tree VALUES (1, NULL, 'usr'), (2, 1, 'bin'), (3, 1, 'lib'), (4, 3, 'x86'), (5, 2, 'env'), (6, 4, 'libc.so');
WITH RECURSIVE path(id, p, depth) AS (SELECT id, '/' || name, 0 FROM tree WHERE parent IS NULL
  UNION ALL SELECT t.id, path.p || '/' || t.name, depth + 1 FROM tree t JOIN path ON t.parent = path.id ORDER BY 2)
SELECT depth, p FROM path;
CREATE TABLE edge(a, b);
INSERT INTO edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (5, 6);
WITH RECURSIVE reach(n) AS (SELECT 1 UNION SELECT b FROM edge JOIN reach ON a = n) SELECT n FROM reach ORDER BY n;
