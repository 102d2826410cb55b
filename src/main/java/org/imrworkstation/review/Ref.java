package org.imrworkstation.review;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Identity of a span or item in the working copy. The database id arrives later for something the
 * clerk adds (the write runs off the UI thread); writes run in order, so every write that needs the
 * id runs after the one that set it. Compared by identity.
 */
public final class Ref {

    private static final AtomicLong NEXT = new AtomicLong();

    private final long key = NEXT.incrementAndGet();
    private volatile long dbId;

    public Ref(long dbId) {
        this.dbId = dbId;
    }

    /** A ref for something not written yet. */
    public static Ref unsaved() {
        return new Ref(0);
    }

    public long id() {
        if (dbId == 0) {
            throw new IllegalStateException("not saved yet");
        }
        return dbId;
    }

    public boolean saved() {
        return dbId != 0;
    }

    void set(long id) {
        dbId = id;
    }

    @Override
    public String toString() {
        return "ref" + key + (dbId == 0 ? "" : "=" + dbId);
    }
}
