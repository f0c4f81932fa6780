-- Partial unique indexes as conflict targets, and REPLACE with triggers.
CREATE TABLE t(k TEXT, v INTEGER, active INTEGER);
CREATE UNIQUE INDEX t_active ON t(k) WHERE active = 1;
INSERT INTO t VALUES ('a', 1, 1), ('a', 2, 0);
INSERT INTO t VALUES ('a', 3, 1) ON CONFLICT(k) WHERE active = 1 DO UPDATE SET v = v + excluded.v;
SELECT * FROM t ORDER BY v;
CREATE TABLE r(id INTEGER PRIMARY KEY, v);
CREATE TABLE trail(msg);
CREATE TRIGGER r_del AFTER DELETE ON r BEGIN INSERT INTO trail VALUES ('deleted ' || old.v); END;
PRAGMA recursive_triggers = ON;
INSERT INTO r VALUES (1, 'old');
REPLACE INTO r VALUES (1, 'new');
SELECT * FROM r; SELECT * FROM trail;
