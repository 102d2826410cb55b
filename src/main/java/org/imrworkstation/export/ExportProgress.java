package org.imrworkstation.export;

/** Told after each letter written; the command line shows it on stderr. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = done -> { };

    void letters(long done);
}
