package org.imrworkstation.store;

import org.imrworkstation.record.LetterRecord;

/**
 * A letter read and extracted, ready to store: its file, text, hash and the extractor's record,
 * and the checks' assessment when it was computed already (null: the importer computes it).
 */
public record ExtractedLetter(String fileName, String sourcePath, String sha256, String text, LetterRecord record,
                              String extractorVersion, Assessment assessment) {

    public ExtractedLetter(String fileName, String sourcePath, String sha256, String text, LetterRecord record,
                           String extractorVersion) {
        this(fileName, sourcePath, sha256, text, record, extractorVersion, null);
    }
}
