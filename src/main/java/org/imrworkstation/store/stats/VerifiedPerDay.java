package org.imrworkstation.store.stats;

import java.time.LocalDate;

/** How many letters one annotator verified on one day (in the filter's time zone). */
public record VerifiedPerDay(String annotator, LocalDate day, long letters) {
}
