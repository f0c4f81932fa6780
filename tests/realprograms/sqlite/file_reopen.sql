-- A database file written, closed and opened again.
.open @DIR@/reopen.db
CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT, at INTEGER);
INSERT INTO note(body, at) VALUES ('first', 1), ('second', 2), ('third', 3);
CREATE INDEX note_at ON note(at);
.open @DIR@/other.db
CREATE TABLE x(y);
.open @DIR@/reopen.db
SELECT * FROM note ORDER BY at DESC;
UPDATE note SET body = upper(body) WHERE id = 2;
DELETE FROM note WHERE id = 1;
.open @DIR@/reopen.db
SELECT * FROM note ORDER BY id;
PRAGMA integrity_check;
PRAGMA page_count;
.tables
