package org.imrworkstation.store;

/** Where an annotation stands in review. Everything but SUGGESTED is a person's judgement. */
public enum State {
    SUGGESTED, ACCEPTED, REJECTED, EDITED
}
