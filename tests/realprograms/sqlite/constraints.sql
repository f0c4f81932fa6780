-- Constraints and conflict resolution.
CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL, qty INTEGER CHECK (qty >= 0) DEFAULT 0);
INSERT INTO t(code, qty) VALUES ('a', 1), ('b', 2);
INSERT INTO t(code, qty) VALUES ('a', 5);
INSERT INTO t(code, qty) VALUES (NULL, 5);
INSERT INTO t(code, qty) VALUES ('c', -1);
INSERT OR IGNORE INTO t(code, qty) VALUES ('a', 9);
INSERT OR REPLACE INTO t(code, qty) VALUES ('b', 20);
INSERT INTO t(id, code) VALUES (1, 'dup-id');
UPDATE OR IGNORE t SET code = 'a' WHERE code = 'b';
INSERT INTO t(code) VALUES ('d');
SELECT * FROM t ORDER BY id;
CREATE TABLE u(a, b, PRIMARY KEY (a, b)) ;
INSERT INTO u VALUES (1, 1), (1, 2);
INSERT INTO u VALUES (1, 1);
SELECT count(*) FROM u;
