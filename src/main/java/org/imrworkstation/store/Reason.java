package org.imrworkstation.store;

/** Why a reviewer changed a span: the error categories an extractor's score is broken down by. */
public enum Reason {
    BOUNDARY, VALUE, TYPE, MISSED, SPURIOUS
}
