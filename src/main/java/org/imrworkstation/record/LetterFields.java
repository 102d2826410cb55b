package org.imrworkstation.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The letter-level fields of the guidelines; null where the letter does not state them. */
@JsonPropertyOrder({"patient_age", "patient_sex", "injury_date", "ur_date", "rfa_date", "reviewer_specialty",
        "reviewer_states"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LetterFields(
        @JsonProperty("patient_age") Integer patientAge,
        @JsonProperty("patient_sex") String patientSex,
        @JsonProperty("injury_date") String injuryDate,
        @JsonProperty("ur_date") String urDate,
        @JsonProperty("rfa_date") String rfaDate,
        @JsonProperty("reviewer_specialty") String reviewerSpecialty,
        @JsonProperty("reviewer_states") List<String> reviewerStates) {

    public static final LetterFields EMPTY = new LetterFields(null, null, null, null, null, null, List.of());

    public LetterFields {
        reviewerStates = reviewerStates == null ? List.of() : List.copyOf(reviewerStates);
    }
}
