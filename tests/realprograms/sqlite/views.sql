-- Views over joins and aggregates, and views of views.
CREATE TABLE city(name, country, population INTEGER);
INSERT INTO city VALUES ('Paris', 'FR', 2100000), ('Lyon', 'FR', 520000), ('Berlin', 'DE', 3600000), ('Bonn', 'DE', 330000), ('Rome', 'IT', 2800000);
CREATE VIEW by_country AS SELECT country, count(*) AS cities, sum(population) AS people FROM city GROUP BY country;
CREATE VIEW big AS SELECT * FROM by_country WHERE people > 2500000;
SELECT * FROM by_country ORDER BY people DESC;
SELECT country FROM big ORDER BY country;
CREATE TEMP VIEW largest AS SELECT name FROM city ORDER BY population DESC LIMIT 2;
SELECT * FROM largest;
