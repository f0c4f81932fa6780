-- Generated columns, stored and virtual.
CREATE TABLE box(w REAL, h REAL, area REAL GENERATED ALWAYS AS (w * h) STORED, label TEXT AS ('box ' || w || 'x' || h));
INSERT INTO box(w, h) VALUES (2, 3), (1.5, 4), (10, 0.1);
SELECT * FROM box ORDER BY area;
UPDATE box SET w = w * 2 WHERE h > 1;
SELECT w, h, area, label FROM box ORDER BY rowid;
INSERT INTO box(w, h, area) VALUES (1, 1, 5);
CREATE INDEX box_area ON box(area);
SELECT label FROM box WHERE area > 10;
