package org.imrworkstation.extract;

import java.util.List;
import org.imrworkstation.record.LetterRecord;

/** What the extractor made of one letter: the record, its sections, and warnings for the user. */
public record Extraction(LetterRecord record, List<Section> sections, List<String> warnings) {
}
