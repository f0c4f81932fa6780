-- Changing JSON: set, insert, replace, remove, patch, and the JSON aggregates.
SELECT json_set('{"a":1}', '$.b', 2, '$.a', 10), json_insert('{"a":1}', '$.a', 9, '$.c[0]', 3), json_replace('{"a":1}', '$.a', 'x', '$.z', 0);
SELECT json_remove('[0,1,2,3]', '$[1]', '$[1]'), json_remove('{"a":1,"b":2}', '$.a'), json_patch('{"a":1,"b":{"c":2}}', '{"b":{"c":null,"d":4},"e":5}');
SELECT json_set('[1,2]', '$[#]', 'appended');
CREATE TABLE kv(k, v);
INSERT INTO kv VALUES ('one', 1), ('two', 2.5), ('three', 'drei'), ('four', NULL);
SELECT json_group_array(v) FROM (SELECT v FROM kv ORDER BY rowid);
SELECT json_group_object(k, v) FROM (SELECT k, v FROM kv ORDER BY k);
SELECT json_extract('not json', '$');
