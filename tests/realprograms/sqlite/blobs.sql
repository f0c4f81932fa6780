-- Blobs: literals, zeroblob, hex, lengths, comparison.
SELECT x'DEADBEEF', hex(x'DEADBEEF'), length(x'DEADBEEF'), typeof(x'00'), quote(x'0001ff');
SELECT hex(zeroblob(4)), length(zeroblob(1000)), length(randomblob(16)), typeof(randomblob(1));
SELECT x'0102' < x'0103', x'01' < x'0100', x'' = x'', hex(substr(x'0102030405', 2, 3));
CREATE TABLE b(data BLOB);
INSERT INTO b VALUES (x'00'), (x'ff'), (zeroblob(3)), (CAST('text' AS BLOB));
SELECT hex(data), length(data) FROM b ORDER BY data;
