package org.imrworkstation.export;

import java.util.HashMap;
import java.util.Map;
import org.imrworkstation.extract.DrugEntry;
import org.imrworkstation.extract.Lexicon;

/** The lexicon's drug class of a generic value ("acetaminophen/hydrocodone" is an opioid). */
final class DrugClasses {

    private static final Map<String, String> BY_GENERIC = new HashMap<>();

    static {
        // several names share one generic value; they share its class too, so the first one decides
        for (DrugEntry e : Lexicon.defaults().entries()) {
            BY_GENERIC.putIfAbsent(e.generics(), e.drugClass().code());
        }
    }

    private DrugClasses() {
    }

    /** The class code (opioid, nsaid, ...) or null for a value the lexicon does not know. */
    static String of(String generic) {
        return generic == null ? null : BY_GENERIC.get(generic);
    }
}
