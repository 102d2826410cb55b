package org.imrworkstation.store.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which work the statistics cover: days from/to (inclusive, either open) in a time zone, and one
 * annotator or everybody. Days are the reviewers' calendar days, so "per day" needs the zone: a
 * letter verified at 23:30 in California is that day's work, though it is stored as the next day in UTC.
 *
 * @param annotator null for everybody
 */
public record StatsFilter(LocalDate from, LocalDate to, String annotator, ZoneId zone) {

    public StatsFilter {
        if (zone == null) {
            zone = ZoneId.systemDefault();
        }
        if (annotator != null && annotator.isBlank()) {
            annotator = null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    /** Everything, days in this machine's time zone. */
    public static StatsFilter all() {
        return new StatsFilter(null, null, null, null);
    }

    /** The first instant counted, if the range has a start. */
    Optional<OffsetDateTime> start() {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toOffsetDateTime());
    }

    /** The first instant no longer counted (the start of the day after {@code to}), if the range has an end. */
    Optional<OffsetDateTime> end() {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
}
