-- Transactions that commit; changes() and total_changes().
CREATE TABLE account(id INTEGER PRIMARY KEY, owner TEXT, balance INTEGER CHECK (balance >= 0));
INSERT INTO account VALUES (1, 'ann', 100), (2, 'bob', 50);
BEGIN;
UPDATE account SET balance = balance - 30 WHERE id = 1;
UPDATE account SET balance = balance + 30 WHERE id = 2;
SELECT changes(), total_changes();
COMMIT;
SELECT * FROM account ORDER BY id;
BEGIN IMMEDIATE;
INSERT INTO account VALUES (3, 'cy', 0);
END;
BEGIN EXCLUSIVE;
DELETE FROM account WHERE balance = 0;
SELECT changes();
COMMIT;
SELECT count(*), sum(balance) FROM account;
