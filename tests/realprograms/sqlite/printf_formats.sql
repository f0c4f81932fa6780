-- SQLite's printf: integer, float, string and SQL quoting conversions.
SELECT printf('%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%c', 42, 42, 42, 42, 42, 255, 255, 8, 'z');
SELECT printf('%f|%.2f|%10.3f|%e|%.3E|%g|%g|%g', 3.14159, 2.005, -1.5, 123456.789, 0.000123, 100000, 1e20, 0.0001);
SELECT printf('%s|%10s|%-10s|%.2s|%q|%Q|%Q|%w', 'abc', 'right', 'left', 'trunc', 'it''s', 'quo''te', NULL, 'id"x');
SELECT printf('%,d|%,d|%lld|%!.20g|%.30f', 1234567, -9876543210, 9223372036854775807, 0.1, 1.0 / 3);
SELECT printf('%z|%%|%5.1s|', 'dyn', 'xyz'), printf('%.*f', 3, 2.0 / 3), printf('%d', '12abc'), printf('%s', 12.5);
SELECT printf('%.0f %.0f %.0f %.0f', 0.5, 1.5, 2.5, -0.5), printf('%g', 1.0e-5), printf('%#x %#o', 255, 8);
