-- Tables, a view and an index made, filled, listed and read back.
CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER);
CREATE INDEX person_born ON person(born);
CREATE VIEW elders AS SELECT name FROM person WHERE born < 1950;
INSERT INTO person(name, born) VALUES ('Ada', 1815), ('Grace', 1906), ('Linus', 1969), ('Ken', 1943);
SELECT * FROM person ORDER BY id;
SELECT * FROM elders ORDER BY name;
.schema
ALTER TABLE person ADD COLUMN country TEXT DEFAULT 'unknown';
ALTER TABLE person RENAME COLUMN born TO year;
ALTER TABLE person RENAME TO people;
SELECT name, year, country FROM people ORDER BY year;
DROP VIEW elders;
DROP INDEX person_born;
SELECT name FROM sqlite_schema ORDER BY name;
