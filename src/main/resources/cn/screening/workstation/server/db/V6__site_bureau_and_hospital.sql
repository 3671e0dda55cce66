-- Sites of the major-disease programme (docs/ledger.md): a designated hospital's level (county | city)
-- and the catalogue codes of the diseases it treats, comma-separated; null for every other site.
-- The county health bureau (site_type 'bureau') needs no column: it sees its county by division code.
ALTER TABLE site ADD COLUMN hospital_level VARCHAR(8);
ALTER TABLE site ADD COLUMN diseases VARCHAR(2000);
