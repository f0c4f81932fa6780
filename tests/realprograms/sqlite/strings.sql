-- String functions, with UTF-8.
SELECT length('hello'), length('héllo wörld'), length(x'00ff'), length(CAST('héllo' AS BLOB));
SELECT substr('abcdefgh', 3), substr('abcdefgh', 3, 2), substr('abcdefgh', -3), substr('abcdefgh', -3, 2), substr('héllo', 2, 3);
SELECT instr('banana', 'an'), instr('banana', 'x'), replace('banana', 'an', 'AN'), replace('aaa', 'a', '');
SELECT upper('mixed Case ß'), lower('MIXED Case'), trim('  pad  '), ltrim('xxabcxx', 'x'), rtrim('xxabcxx', 'x');
SELECT hex('abc'), hex(255), quote('it''s'), quote(NULL), quote(1.5), char(72, 105, 0x263A), unicode('☺');
SELECT 'a' || 'b' || NULL, 'a' || 1 || 2.5, 'a' || coalesce(NULL, '') || 'b';
SELECT ltrim('  x'), rtrim('x  ') || '|', trim('--x--', '-');
SELECT format('%s has %d items costing %.2f', 'cart', 3, 9.5), format('%5s|%-5s|', 'ab', 'cd');
