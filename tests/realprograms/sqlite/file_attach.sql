-- Attached database files, joined and written across.
.open @DIR@/main.db
CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO customer VALUES (1, 'acme'), (2, 'globex');
ATTACH DATABASE '@DIR@/orders.db' AS o;
CREATE TABLE o.purchase(customer INTEGER, amount REAL);
INSERT INTO o.purchase VALUES (1, 10.5), (1, 4.5), (2, 99.0);
SELECT c.name, sum(p.amount) FROM customer c JOIN o.purchase p ON p.customer = c.id GROUP BY c.name ORDER BY c.name;
BEGIN;
INSERT INTO customer VALUES (3, 'initech');
INSERT INTO o.purchase VALUES (3, 1.0);
COMMIT;
PRAGMA database_list;
DETACH o;
ATTACH '@DIR@/orders.db' AS again;
SELECT count(*), sum(amount) FROM again.purchase;
