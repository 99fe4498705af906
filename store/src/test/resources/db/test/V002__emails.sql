ALTER TABLE people ADD COLUMN email TEXT;
UPDATE people SET email = 'ada@example.org' WHERE id = 1;
