package org.imrworkstation.review;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.StoredLetter;

/** A real H2 file with a few bundled sample letters, and a session whose store thread is the caller's. */
final class SessionFixture implements AutoCloseable {

    final Database db;
    final LetterStore letters;
    final ReviewService reviews;
    final StoreQueue queue;
    final ReviewSession session;
    final AtomicLong clock = new AtomicLong(1_000_000);
    final List<Long> ids;

    SessionFixture(Path tmp, int letterCount) throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        List<Path> samples = FileImport.writeSamples(tmp.resolve("samples"));
        FileImport.run(db, samples.subList(0, letterCount), (d, t, f) -> { }, () -> false);
        letters = new LetterStore(db);
        reviews = new ReviewService(db, "clerk");
        queue = new StoreQueue(new Stores(letters, reviews), Runnable::run, Runnable::run);
        session = new ReviewSession(queue, Lexicon.defaults(), clock::get);
        ids = letters.list(LetterQuery.ALL, 0, 100).stream().map(LetterSummary::id).toList();
    }

    void open(int index) {
        session.open(ids.get(index), msg -> {
            throw new AssertionError(msg);
        });
    }

    StoredLetter stored() {
        return letters.load(session.draft().letterId()).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
