-- Writing a table to a file with .output and reading it back with .import.
CREATE TABLE src(id INTEGER, name TEXT);
INSERT INTO src VALUES (1, 'alpha'), (2, 'beta, with comma'), (3, 'gamma "quoted"');
.mode csv
.output @DIR@/src.csv
SELECT * FROM src;
.output stdout
.import @DIR@/src.csv dst
SELECT count(*) FROM dst;
.mode list
SELECT * FROM dst ORDER BY 1;
.once @DIR@/once.txt
SELECT 'into a file';
SELECT readfile('@DIR@/once.txt');
SELECT writefile('@DIR@/written.bin', x'0001020304');
SELECT length(readfile('@DIR@/written.bin')), hex(readfile('@DIR@/written.bin'));
