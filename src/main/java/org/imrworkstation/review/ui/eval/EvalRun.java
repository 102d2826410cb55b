package org.imrworkstation.review.ui.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.gold.GoldEvaluation;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.export.gold.Predictions;
import org.imrworkstation.store.Database;

/** Scores a request the way {@code eval --gold-set} does: the window and the command line agree by construction. */
public final class EvalRun {

    private EvalRun() {
    }

    /** Long work (reads the gold set, may extract letters again): call it off the FX thread. */
    public static EvalOutcome run(Database db, EvalRequest r) {
        List<ExportRecord> gold = new GoldSets(db).records(r.goldSet());
        GoldEvaluation eval = new GoldEvaluation(r.goldSet(), gold);
        GoldEvaluation.Result a = eval.score(Predictions.of(r.predicted(), db, gold));
        GoldEvaluation.Result b = r.comparing() ? eval.score(Predictions.of(r.compare(), db, gold)) : null;
        Map<String, String> sha256s = new LinkedHashMap<>();
        for (ExportRecord g : gold) {
            // the scorer names letters by base name (ErrorKinds.Error.letter)
            sha256s.put(g.letter().substring(g.letter().lastIndexOf('/') + 1), g.sha256());
        }
        return new EvalOutcome(r.goldSet(), gold.size(), a, b, b == null ? null : GoldEvaluation.changes(a, b),
                sha256s);
    }
}
