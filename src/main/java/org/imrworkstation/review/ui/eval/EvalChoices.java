package org.imrworkstation.review.ui.eval;

import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.export.gold.GoldSetInfo;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;

/**
 * What the evaluation view offers: the frozen gold sets (newest last) and the extractor versions
 * whose suggestions are stored, this jar's first (it can always extract a gold letter again).
 */
public record EvalChoices(List<GoldSetInfo> goldSets, List<String> versions) {

    /** Reads the database: call it off the FX thread. */
    public static EvalChoices load(Database db) {
        List<String> versions = new ArrayList<>();
        versions.add(Extractor.VERSION);
        for (String v : new LetterStore(db).status().extractorVersions().keySet()) {
            if (v != null && !versions.contains(v)) {
                versions.add(v);
            }
        }
        return new EvalChoices(new GoldSets(db).list(), versions);
    }

    /** Said when there is nothing to evaluate against yet. */
    public static String noGoldSet(java.nio.file.Path db) {
        return "No frozen gold set yet. Verify the letters that are right, close the window, then freeze them:"
                + " java -jar imr-workstation.jar gold freeze --name v1 --db " + db;
    }
}
