-- UPSERT: INSERT ... ON CONFLICT DO UPDATE / DO NOTHING.
CREATE TABLE vocab(word TEXT PRIMARY KEY, count INTEGER DEFAULT 1);
INSERT INTO vocab(word) VALUES ('the') ON CONFLICT(word) DO UPDATE SET count = count + 1;
INSERT INTO vocab(word) VALUES ('the') ON CONFLICT(word) DO UPDATE SET count = count + 1;
INSERT INTO vocab(word) VALUES ('cat') ON CONFLICT DO NOTHING;
INSERT INTO vocab(word) VALUES ('cat') ON CONFLICT DO NOTHING;
INSERT INTO vocab(word, count) SELECT value, 10 FROM json_each('["the","dog","cat"]') WHERE true
  ON CONFLICT(word) DO UPDATE SET count = excluded.count + vocab.count WHERE excluded.word <> 'cat';
SELECT * FROM vocab ORDER BY word;
