-- lag, lead, first_value, last_value, nth_value and aggregate windows.
CREATE TABLE reading(day INTEGER, value REAL);
INSERT INTO reading VALUES (1, 10.0), (2, 12.5), (3, 11.0), (4, 15.25), (5, 14.0), (6, 18.5);
SELECT day, value,
  lag(value) OVER w, lead(value, 2, -1) OVER w, value - lag(value, 1, value) OVER w AS delta,
  first_value(value) OVER w, last_value(value) OVER w, nth_value(value, 3) OVER w,
  max(value) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS max3
FROM reading WINDOW w AS (ORDER BY day) ORDER BY day;
SELECT day, group_concat(day, ',') OVER (ORDER BY day DESC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM reading ORDER BY day;
