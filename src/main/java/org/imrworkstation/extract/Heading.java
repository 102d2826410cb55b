package org.imrworkstation.extract;

import org.imrworkstation.record.Decision;

/**
 * Where one disputed item stands in a letter: its treatment text, its decision phrase, and the
 * block that holds the reviewer's guideline citation for it. Offsets into the letter text.
 */
record Heading(int treatmentStart, int treatmentEnd, int decisionStart, int decisionEnd, Decision decision,
               int guidelineStart, int guidelineEnd) {
}
