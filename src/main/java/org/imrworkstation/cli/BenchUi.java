package org.imrworkstation.cli;

import java.util.List;
import org.imrworkstation.review.ui.UiBenchmark;
import org.imrworkstation.store.DbLocation;

/** The one place bench-ui reaches the window code (kept out of the command class's signatures). */
final class BenchUi {

    private BenchUi() {
    }

    static List<String> run(String db, int letters, int opens, int pauseMs, int accepts) {
        return UiBenchmark.run(new UiBenchmark.Options(DbLocation.resolve(db), letters, opens, pauseMs, accepts));
    }
}
