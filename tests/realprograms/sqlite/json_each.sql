-- json_each and json_tree, table-valued functions.
SELECT key, value, type, atom, fullkey FROM json_each('{"x":1,"y":[2,3],"z":{"w":true}}');
SELECT fullkey, type, atom, path FROM json_tree('{"a":[1,{"b":2}],"c":null}');
CREATE TABLE doc(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO doc(body) VALUES ('{"tags":["red","blue"],"n":3}'), ('{"tags":["blue"],"n":5}'), ('{"tags":[],"n":1}');
SELECT j.value AS tag, count(*), sum(doc.body ->> 'n') FROM doc, json_each(doc.body, '$.tags') j GROUP BY tag ORDER BY tag;
