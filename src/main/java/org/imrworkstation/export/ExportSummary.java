package org.imrworkstation.export;

/** What an export wrote: letters, item rows, span rows, and suggestions left out as unjudged. */
public record ExportSummary(long letters, long items, long spans, long unjudgedLeftOut, double seconds) {
}
