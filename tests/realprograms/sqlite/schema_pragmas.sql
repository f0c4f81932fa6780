-- Schema introspection through pragmas and sqlite_schema.
CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');
CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE, v REAL UNIQUE);
CREATE INDEX child_parent ON child(parent_id);
PRAGMA table_info(parent);
PRAGMA table_xinfo(child);
PRAGMA foreign_key_list(child);
PRAGMA index_list(child);
PRAGMA index_xinfo(child_parent);
SELECT type, name, tbl_name, sql IS NOT NULL FROM sqlite_schema ORDER BY type, name;
.schema child
.indexes child
SELECT * FROM pragma_table_info('child') WHERE pk = 1;
PRAGMA encoding;
PRAGMA user_version = 7;
PRAGMA user_version;
PRAGMA application_id;
