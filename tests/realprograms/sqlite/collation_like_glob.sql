-- Collations, LIKE and GLOB.
CREATE TABLE w(word TEXT COLLATE NOCASE, raw TEXT);
INSERT INTO w VALUES ('apple', 'apple'), ('Banana', 'Banana'), ('cherry', 'cherry'), ('APPLE', 'APPLE'), ('banana ', 'banana ');
SELECT word FROM w ORDER BY word, raw;
SELECT raw FROM w ORDER BY raw;
SELECT raw FROM w ORDER BY raw COLLATE NOCASE, raw;
SELECT count(*) FROM w WHERE word = 'APPLE';
SELECT raw FROM w WHERE raw = 'banana' COLLATE RTRIM;
SELECT raw FROM w WHERE raw LIKE 'b%' ORDER BY raw;
SELECT raw FROM w WHERE raw GLOB '[A-Z]*' ORDER BY raw;
SELECT 'a_c' LIKE 'a\_c' ESCAPE '\', 'abc' LIKE 'a\_c' ESCAPE '\', 'ABC' LIKE 'abc', 'ABC' GLOB 'abc', 'x.c' GLOB '*.[ch]', 'é' LIKE 'É';
PRAGMA case_sensitive_like = ON;
SELECT 'ABC' LIKE 'abc', 'abc' LIKE 'abc';
