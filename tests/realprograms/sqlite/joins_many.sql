-- Three-way and self joins, with aggregates over them.
CREATE TABLE node(id INTEGER PRIMARY KEY, parent INTEGER, label TEXT);
INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1'), (7, 6, 'b1x');
SELECT c.label, p.label, g.label FROM node c LEFT JOIN node p ON p.id = c.parent LEFT JOIN node g ON g.id = p.parent ORDER BY c.id;
SELECT p.label, count(c.id) AS children FROM node p LEFT JOIN node c ON c.parent = p.id GROUP BY p.id ORDER BY children DESC, p.label;
CREATE TABLE item(id, name); CREATE TABLE price(item, amount); CREATE TABLE sale(item, qty);
INSERT INTO item VALUES (1, 'pen'), (2, 'ink'), (3, 'pad');
INSERT INTO price VALUES (1, 1.5), (2, 4.25), (3, 2.0);
INSERT INTO sale VALUES (1, 10), (2, 3), (1, 5), (3, 7), (2, 1);
SELECT i.name, sum(s.qty), sum(s.qty * p.amount) FROM item i JOIN price p ON p.item = i.id JOIN sale s ON s.item = i.id GROUP BY i.name ORDER BY i.name;
