package org.imrworkstation.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One disputed treatment. Values the letter does not state are null ("pages" is "" when the
 * guideline line cites none). {@code evidenceStart}/{@code evidenceEnd} locate the item's heading
 * in the letter text so that a form row can point at its evidence; they are not part of the
 * scored schema and scorers ignore them. {@code frequency} (doses per day, "4-6") and
 * {@code dailyDose} ("30 mg") are additions for the checks (decision 0004): written only where known.
 */
@JsonPropertyOrder({"treatment", "drug", "strength", "quantity", "refills", "decision", "guidelines", "pages",
        "frequency", "daily_dose", "evidence_start", "evidence_end"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Item(
        String treatment,
        String drug,
        String strength,
        Integer quantity,
        Integer refills,
        Decision decision,
        List<String> guidelines,
        String pages,
        @JsonInclude(JsonInclude.Include.NON_NULL) String frequency,
        @JsonProperty("daily_dose") @JsonInclude(JsonInclude.Include.NON_NULL) String dailyDose,
        @JsonProperty("evidence_start") @JsonInclude(JsonInclude.Include.NON_NULL) Integer evidenceStart,
        @JsonProperty("evidence_end") @JsonInclude(JsonInclude.Include.NON_NULL) Integer evidenceEnd) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public Item {
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    }

    /** An item without frequency and daily dose (the v1 fields). */
    public Item(String treatment, String drug, String strength, Integer quantity, Integer refills, Decision decision,
                List<String> guidelines, String pages, Integer evidenceStart, Integer evidenceEnd) {
        this(treatment, drug, strength, quantity, refills, decision, guidelines, pages, null, null, evidenceStart,
                evidenceEnd);
    }
}
