-- A file database grown, shrunk by deletes, vacuumed and checked.
.open @DIR@/vacuum.db
PRAGMA page_size = 1024;
CREATE TABLE blobs(id INTEGER PRIMARY KEY, payload BLOB);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300)
INSERT INTO blobs SELECT x, zeroblob(500 + x) FROM n;
PRAGMA page_count;
DELETE FROM blobs WHERE id % 3 <> 0;
PRAGMA freelist_count;
VACUUM;
PRAGMA page_count;
PRAGMA freelist_count;
PRAGMA integrity_check;
SELECT count(*), sum(length(payload)) FROM blobs;
PRAGMA auto_vacuum = FULL;
VACUUM;
DELETE FROM blobs WHERE id > 150;
PRAGMA page_count;
PRAGMA quick_check;
