-- Shell commands that print state or change formatting.
.print plain text from .print
.width 5 10
.mode column
.headers on
SELECT 'abcdefgh' AS first, 12345678901 AS second;
.show
.echo on
SELECT 1 + 1;
.echo off
.mode list
.headers off
.timer off
.changes on
CREATE TABLE t(x);
INSERT INTO t VALUES (1), (2), (3);
UPDATE t SET x = x + 1;
.changes off
.testcase my-case
SELECT count(*) FROM t;
.check 3
.databases
.limit length
