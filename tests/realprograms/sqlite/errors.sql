-- Errors the shell reports and goes on after.
SELECT 1;
SELEKT 2;
SELECT * FROM missing_table;
CREATE TABLE t(x UNIQUE);
INSERT INTO t VALUES (1), (1);
SELECT count(*) FROM t;
SELECT no_such_function(1);
SELECT abs();
SELECT json('{bad');
.no_such_command
SELECT 'after the errors';
