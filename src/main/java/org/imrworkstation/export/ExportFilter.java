package org.imrworkstation.export;

import org.imrworkstation.store.ReviewStatus;

/**
 * Which letters and annotations an export carries. Null status/annotator do not filter (all
 * letters). {@code includeSuggestions} adds the suggestions nobody has judged yet (decision 0007).
 */
public record ExportFilter(ReviewStatus status, String annotator, boolean includeSuggestions) {

    public static final ExportFilter ALL = new ExportFilter(null, null, false);

    public ExportFilter withStatus(ReviewStatus s) {
        return new ExportFilter(s, annotator, includeSuggestions);
    }

    public ExportFilter withAnnotator(String a) {
        return new ExportFilter(status, a, includeSuggestions);
    }

    public ExportFilter withSuggestions(boolean include) {
        return new ExportFilter(status, annotator, include);
    }
}
