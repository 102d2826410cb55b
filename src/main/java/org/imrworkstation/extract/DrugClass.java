package org.imrworkstation.extract;

import java.util.Locale;

/** The drug classes of the lexicon's third column. */
public enum DrugClass {
    OPIOID, MUSCLE_RELAXANT, NSAID, TOPICAL_COMPOUND, ANTICONVULSANT, ANTIDEPRESSANT, BENZODIAZEPINE,
    SEDATIVE_HYPNOTIC, PPI_H2, ANTIEMETIC, MIGRAINE, CORTICOSTEROID, MEDICAL_FOOD, OTHER;

    public static DrugClass parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
