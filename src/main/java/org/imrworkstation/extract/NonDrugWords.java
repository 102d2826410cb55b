package org.imrworkstation.extract;

import java.util.Locale;
import java.util.Set;

/** Capitalised words that start item headings before a number but are not drug names. */
final class NonDrugWords {

    private static final Set<String> WORDS = Set.of(
            "retrospective", "prospective", "request", "topical", "compound", "compounded", "cream", "gel",
            "patch", "patches", "lotion", "ointment", "injection", "injections", "unknown", "medication",
            "medications", "tablets", "tablet", "capsules", "solution", "spray", "transdermal", "oral",
            "vitamin", "trigger", "epidural", "physical", "therapy", "chiropractic", "acupuncture", "tens",
            "urine", "drug", "screen", "left", "right", "bilateral", "associated", "additional", "initial",
            "purchase", "rental", "home", "post", "pre", "one", "two");

    private NonDrugWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
