-- Date and time functions on fixed inputs.
SELECT date('2024-02-29', '+1 year'), date('2024-01-31', '+1 month'), date('2023-03-15', 'start of month', '-1 day');
SELECT datetime('2000-01-01 12:34:56', '+90 minutes'), time('23:59:59', '+2 seconds'), datetime(0, 'unixepoch');
SELECT julianday('2000-01-01'), julianday('1970-01-01 00:00:00'), unixepoch('2038-01-19 03:14:07'), unixepoch('1969-12-31');
SELECT strftime('%Y-%m-%d %H:%M:%f %j %w %s %W', '2021-07-04 09:08:07.654'), strftime('%J', '2001-02-03');
SELECT date('2024-03-10', 'weekday 0'), date('2024-12-31', 'start of year', '+6 months'), datetime(1700000000, 'unixepoch', 'utc');
SELECT date('not a date'), datetime('2024-13-01'), date('2024-02-30'), time('12:00', '+0.5 seconds');
