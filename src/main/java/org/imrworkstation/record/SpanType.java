package org.imrworkstation.record;

/** The span types of the annotation guidelines (v1). Order is the order they are listed in. */
public enum SpanType {
    DRUG, STRENGTH, QUANTITY, REFILLS, DATE, PAIN_SCORE, GUIDELINE_PAGE, DECISION
}
