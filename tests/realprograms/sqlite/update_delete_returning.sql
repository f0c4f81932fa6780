-- UPDATE ... FROM, DELETE and RETURNING.
CREATE TABLE stock(item TEXT PRIMARY KEY, qty INTEGER);
CREATE TABLE delivery(item TEXT, qty INTEGER);
INSERT INTO stock VALUES ('a', 1), ('b', 2), ('c', 3);
INSERT INTO delivery VALUES ('a', 10), ('c', 5), ('c', 1);
UPDATE stock SET qty = stock.qty + d.total FROM (SELECT item, sum(qty) AS total FROM delivery GROUP BY item) AS d WHERE d.item = stock.item;
SELECT * FROM stock ORDER BY item;
INSERT INTO stock VALUES ('d', 0) RETURNING item, qty * 2;
UPDATE stock SET qty = qty - 1 WHERE qty > 5 RETURNING item, qty;
DELETE FROM stock WHERE qty < 3 RETURNING *;
SELECT * FROM stock ORDER BY item;
