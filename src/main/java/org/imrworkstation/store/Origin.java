package org.imrworkstation.store;

/** Who made an annotation: the extractor, or a person who added it. */
public enum Origin {
    EXTRACTED, MANUAL
}
