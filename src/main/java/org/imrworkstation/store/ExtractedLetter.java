package org.imrworkstation.store;

import org.imrworkstation.record.LetterRecord;

/** A letter read and extracted, ready to store: its file, text, hash and the extractor's record. */
public record ExtractedLetter(String fileName, String sourcePath, String sha256, String text, LetterRecord record,
                              String extractorVersion) {
}
