-- Ranking window functions.
CREATE TABLE score(name, team, points);
INSERT INTO score VALUES ('a', 'x', 10), ('b', 'x', 20), ('c', 'x', 20), ('d', 'y', 5), ('e', 'y', 15), ('f', 'y', 15), ('g', 'y', 30);
SELECT name, team, points,
  row_number() OVER w, rank() OVER w, dense_rank() OVER w,
  round(percent_rank() OVER w, 4), round(cume_dist() OVER w, 4), ntile(3) OVER w
FROM score WINDOW w AS (PARTITION BY team ORDER BY points DESC) ORDER BY team, points DESC, name;
SELECT name, rank() OVER (ORDER BY points) FROM score ORDER BY points, name;
