-- a comment; with a semicolon
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO people VALUES (1, 'Ada; Lovelace');
