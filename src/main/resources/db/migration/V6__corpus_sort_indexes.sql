-- V6 (decision 0010): the corpus table sorts the whole corpus in the store, page by page, each
-- column through an index on (column, letter id). Two figures the list shows were computed per row
-- (items not rejected, latest change_log time); they are kept in the review row now, like risk (V2),
-- by the code that writes items and change_log rows (store.CorpusKeys). Nothing here touches span.
-- One ALTER (H2 copies the table for each) and one UPDATE: at 100,000 letters this file takes about
-- half a minute on a busy 2-core machine, once (most of it H2 updating every review row).
ALTER TABLE review ADD COLUMN (items INT NOT NULL DEFAULT 0, last_change TIMESTAMP WITH TIME ZONE);
UPDATE review r SET
    items = (SELECT COUNT(*) FROM item i WHERE i.letter_id = r.letter_id AND i.state <> 'REJECTED'),
    last_change = (SELECT MAX(g.at) FROM change_log g WHERE g.letter_id = r.letter_id);

CREATE INDEX letter_file_name_ix ON letter (file_name, id);
CREATE INDEX review_items_ix ON review (items, letter_id);
CREATE INDEX review_last_change_ix ON review (last_change, letter_id);
-- status, annotator and risk already have theirs: review_status_ix, review_annotator_ix, review_risk_ix
