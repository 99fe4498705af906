-- The shop's FAQ (FaqStore): question/answer pairs in the order the shop gave them. Replaced as a whole.
CREATE TABLE faq (
    faq_id    TEXT    NOT NULL PRIMARY KEY,
    position  INTEGER NOT NULL,
    question  TEXT    NOT NULL,
    answer    TEXT    NOT NULL
);
