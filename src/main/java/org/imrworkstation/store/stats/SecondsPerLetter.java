package org.imrworkstation.store.stats;

/**
 * The time one annotator spent on a verified letter. Only timed letters count in the median and
 * p90: letters verified with no time recorded (imported annotations, adjudication) would pull the
 * median towards zero.
 *
 * @param verified letters verified (timed or not)
 * @param timed    of those, letters with seconds spent above zero
 * @param median   median seconds over the timed letters (interpolated, PERCENTILE_CONT); NaN if none
 * @param p90      90th percentile, the same way; NaN if none
 */
public record SecondsPerLetter(String annotator, long verified, long timed, double median, double p90) {
}
