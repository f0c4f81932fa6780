-- Functions whose results are fixed: random values only through their properties.
SELECT typeof(random()), random() BETWEEN -9223372036854775808 AND 9223372036854775807, length(hex(randomblob(8)));
SELECT abs(random() % 10) < 10, sqlite_version(), sqlite_source_id() LIKE '2022-12-28%';
SELECT likely(1), unlikely(0), likelihood(1, 0.5), typeof(last_insert_rowid()), changes();
SELECT sqlite_compileoption_used('THREADSAFE=0'), sqlite_compileoption_used('OMIT_WAL'), sqlite_compileoption_used('OMIT_LOAD_EXTENSION');
