package org.imrworkstation.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The checks' result for one letter: the MED computed from its opioid items (null where it has none
 * that can be computed), the arithmetic behind it, and the flags.
 */
@JsonPropertyOrder({"letter", "computed_med", "med_arithmetic", "flags"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckReport(
        String letter,
        @JsonProperty("computed_med") Double computedMed,
        @JsonProperty("med_arithmetic") @JsonInclude(JsonInclude.Include.NON_NULL) String medArithmetic,
        List<Flag> flags) {

    public CheckReport {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
