package org.imrworkstation.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.record.LetterFields;

/**
 * The letter fields as stored: one row per field, the value as text (lists such as
 * reviewer_states joined by ','), null where the letter does not state it.
 */
public final class FieldNames {

    public static final List<String> ALL = List.of("patient_age", "patient_sex", "injury_date", "ur_date",
            "rfa_date", "reviewer_specialty", "reviewer_states");

    private FieldNames() {
    }

    static Map<String, String> values(LetterFields f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("patient_age", f.patientAge() == null ? null : f.patientAge().toString());
        m.put("patient_sex", f.patientSex());
        m.put("injury_date", f.injuryDate());
        m.put("ur_date", f.urDate());
        m.put("rfa_date", f.rfaDate());
        m.put("reviewer_specialty", f.reviewerSpecialty());
        m.put("reviewer_states", f.reviewerStates().isEmpty() ? null : String.join(",", f.reviewerStates()));
        return m;
    }
}
