package org.imrworkstation.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a letter names each guideline (its cues, from guideline_pages.tsv), found once per letter:
 * looking back from every page number for every cue was the checks' largest cost in an export.
 */
final class GuidelineCues {

    private record Mention(int start, int order, CheckData.GuidelinePages guideline) {
    }

    private final int[] starts;
    private final CheckData.GuidelinePages[] guidelines;

    private GuidelineCues(List<Mention> sorted) {
        starts = new int[sorted.size()];
        guidelines = new CheckData.GuidelinePages[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).start();
            guidelines[i] = sorted.get(i).guideline();
        }
    }

    static GuidelineCues find(String lower, List<CheckData.GuidelinePages> known) {
        List<Mention> found = new ArrayList<>();
        int order = 0;
        for (CheckData.GuidelinePages g : known) {
            for (String cue : g.cues()) {
                for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                    found.add(new Mention(at, order, g));
                }
                order++;
            }
        }
        // by start; where two cues start at one place, the one listed first wins (it comes last here)
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::order).reversed()));
        return new GuidelineCues(found);
    }

    /** The guideline named nearest before {@code at} (a cue starting at most {@code within} characters before it), or null. */
    CheckData.GuidelinePages before(int at, int within) {
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= at) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && starts[last] >= at - within ? guidelines[last] : null;
    }
}
