package org.imrworkstation.app;

import org.imrworkstation.review.ui.ReviewApp;
import org.imrworkstation.store.Annotator;
import org.imrworkstation.store.DbLocation;

/**
 * Starts the review window. Only this class (and what it calls) touches JavaFX, and the launcher
 * calls it only once it knows the window is wanted, so the command line never loads JavaFX.
 */
final class WindowLauncher {

    private WindowLauncher() {
    }

    static int launch(WindowOptions o) {
        ReviewApp.launch(new ReviewApp.Options(DbLocation.resolve(o.db()), Annotator.orDefault(o.annotator()),
                o.screenshot(), o.encrypt(), AppVersion.get(), AppLog.file()));
        return 0;
    }
}
