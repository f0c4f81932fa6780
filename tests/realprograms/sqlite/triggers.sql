-- Triggers: before, after, instead of, with RAISE.
CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER);
CREATE TABLE log(what TEXT);
CREATE TRIGGER account_insert AFTER INSERT ON account BEGIN INSERT INTO log VALUES ('insert ' || new.id || ' ' || new.balance); END;
CREATE TRIGGER account_update BEFORE UPDATE OF balance ON account WHEN new.balance < 0
BEGIN SELECT RAISE(ABORT, 'negative balance'); END;
CREATE TRIGGER account_delete AFTER DELETE ON account BEGIN INSERT INTO log VALUES ('delete ' || old.id); END;
INSERT INTO account VALUES (1, 10), (2, 20);
UPDATE account SET balance = -5 WHERE id = 1;
UPDATE account SET balance = 15 WHERE id = 1;
DELETE FROM account WHERE id = 2;
SELECT * FROM account;
SELECT * FROM log ORDER BY rowid;
CREATE VIEW v AS SELECT id, balance FROM account;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v BEGIN INSERT INTO account VALUES (new.id, new.balance * 2); END;
INSERT INTO v VALUES (7, 21);
SELECT * FROM v ORDER BY id;
