package org.imrworkstation.record;

/**
 * The span types of the annotation guidelines (v1), in the order they are listed there, then the
 * types added for the checks (docs/ANNOTATION_TYPES.md, decision 0004): FREQUENCY, ROUTE, MED.
 * The added types rank below every v1 type, so they never displace a v1 span, and the scorers'
 * default type list stays the eight v1 types.
 */
public enum SpanType {
    DRUG, STRENGTH, QUANTITY, REFILLS, DATE, PAIN_SCORE, GUIDELINE_PAGE, DECISION,
    FREQUENCY, ROUTE, MED;

    /** The eight types of the annotation guidelines v1 (what the reference scorers score by default). */
    public static final java.util.List<SpanType> V1 = java.util.List.of(
            DRUG, STRENGTH, QUANTITY, REFILLS, DATE, PAIN_SCORE, GUIDELINE_PAGE, DECISION);

    public boolean isV1() {
        return ordinal() <= DECISION.ordinal();
    }
}
