-- JSON values: building, extracting, the -> and ->> operators.
SELECT json(' { "a" : [1, 2, {"b": null}], "c": "x" } ');
SELECT json_array(1, 2.5, 'three', NULL, json('{"four":4}')), json_object('k', 1, 'l', json_array());
SELECT json_extract('{"a":{"b":[10,20,30]}}', '$.a.b[1]'), json_extract('{"a":1,"b":2}', '$.a', '$.b');
SELECT '{"a":{"b":[10,20,30]}}' -> '$.a', '{"a":{"b":[10,20,30]}}' ->> '$.a.b[#-1]', '[1,"two"]' ->> 1;
SELECT json_type('{"a":1.5}', '$.a'), json_type('[1]'), json_valid('{"a":}'), json_valid('[1,2]'), json_array_length('[1,[2,3]]');
SELECT json_quote('he said "hi"'), json_quote(3.0), json('"\u00e9\n"');
SELECT json('{"big":12345678901234567890, "f":1e400, "neg":-0.0}');
