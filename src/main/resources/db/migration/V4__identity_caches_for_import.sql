-- V4 (issue 4, import speed): larger identity caches on the tables an import fills.
-- H2 writes an identity's next value to its metadata once every CACHE values it hands out; at the
-- default 32 a letter's ~63 spans cost two metadata updates (each a small commit of its own), which
-- was ~3% of the import's writer thread. At 4096 it is one per ~65 letters. The price: after a
-- kill -9 the ids skip up to 4096 values (ids have no meaning beyond identity). Decision 0008.
ALTER TABLE letter ALTER COLUMN id SET CACHE 4096;
ALTER TABLE span ALTER COLUMN id SET CACHE 4096;
ALTER TABLE item ALTER COLUMN id SET CACHE 4096;
ALTER TABLE field_value ALTER COLUMN id SET CACHE 4096;
ALTER TABLE flag ALTER COLUMN id SET CACHE 4096;
