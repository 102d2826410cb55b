package org.imrworkstation.check;

/** What a check found. */
public enum FlagKind {
    /** The date of injury is after the utilization review date. */
    INJURY_AFTER_UR_DATE,
    /** The date of injury is after the letter's date (the latest date of its header). */
    INJURY_AFTER_LETTER_DATE,
    /** A date later than today. */
    FUTURE_DATE,
    /** A disputed item without a decision. */
    ITEM_WITHOUT_DECISION,
    /** An item's drug is named nowhere in the letter but in its heading. */
    DRUG_NOT_ELSEWHERE,
    /** "Upheld" over a rationale that ends "is medically necessary", or "Overturned" over "not medically necessary". */
    DECISION_CONTRADICTS_RATIONALE,
    /** A guideline page past the cited guideline's last page. */
    GUIDELINE_PAGE_OUT_OF_RANGE,
    /** A strength outside the drug's usual marketed strengths. */
    STRENGTH_IMPLAUSIBLE,
    /** A quantity above the drug's usual largest fill. */
    QUANTITY_IMPLAUSIBLE,
    /** The stated MED differs from the MED computed from the items by more than 10%. */
    MED_MISMATCH,
    /** The letter states an MED but the items do not give enough to compute it. */
    MED_NOT_COMPUTABLE
}
