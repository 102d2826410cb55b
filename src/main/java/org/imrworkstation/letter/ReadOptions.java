package org.imrworkstation.letter;

/**
 * How {@link LetterReader} reads files.
 *
 * @param maxBytes files larger than this are refused before they are read (default 50 MB; 0 refuses
 *                 every non-empty file)
 */
public record ReadOptions(long maxBytes) {

    /** 50 MB (50 x 1024 x 1024 bytes). */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    public ReadOptions {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES);
    }
}
