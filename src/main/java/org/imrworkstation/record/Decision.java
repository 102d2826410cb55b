package org.imrworkstation.record;

/** An item's outcome. UPHELD: the denial stands; OVERTURNED: medically necessary. */
public enum Decision {
    UPHELD, OVERTURNED, PARTIAL
}
