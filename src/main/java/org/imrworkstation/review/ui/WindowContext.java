package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.store.Database;

/**
 * What a review window is built from: the open database, who is reviewing, where background work
 * runs, and what it can hand off (open another database, export).
 *
 * @param storeThread one thread for every database access of the session (a StoreQueue's worker)
 * @param background  for long work: imports, exports
 * @param openOther   opens another database in this window (closing this one first)
 */
public record WindowContext(Database db, String annotator, Lexicon lexicon, Executor storeThread, Executor background,
                            RecentDatabases recent, Optional<Exporter> exporter, Consumer<Path> openOther) {
}
