-- V5 (issue 4, import speed): a letter's untouched span suggestions, packed into one value.
-- An import wrote ~63 span rows a letter (two index entries each, and H2 marks each committed):
-- three quarters of what the import's writer did. Now the extractor's spans of a letter are kept
-- here as one packed value (store.PackedSpans) until the letter is first opened, reviewed, assigned
-- or re-extracted; then they become span rows, exactly as an import used to write them, and the
-- packed row is deleted in the same transaction. A letter has either a row here or span rows of its
-- extractor, never both. Readers that must not write (exports, evaluation) read both. Decision 0011.
CREATE TABLE span_suggestions (
    letter_id BIGINT PRIMARY KEY REFERENCES letter (id) ON DELETE CASCADE,
    packed    VARBINARY(100000000) NOT NULL
);
