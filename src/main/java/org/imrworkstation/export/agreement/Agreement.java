package org.imrworkstation.export.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.eval.Evaluator;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.eval.SpanScorer;
import org.imrworkstation.export.CorrectedLetter;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.store.AssignedReview;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.FieldNames;
import org.imrworkstation.store.StoredLetter;

/**
 * Compares two annotators' copies of the letters both were assigned. Spans go through the eval
 * scorer (the reference scorer's port) with A as gold and B as prediction, so "agreement F1" means
 * exactly what the extractor's F1 means; items are paired by position for the decision kappa.
 */
public final class Agreement {

    private final Database db;

    public Agreement(Database db) {
        this.db = db;
    }

    /** @param all include letters not yet VERIFIED by both */
    public AgreementReport compute(String a, String b, boolean all) {
        List<Long> letters = new Assignments(db).shared(a, b, all);
        AssignedReview ra = new AssignedReview(db, a);
        AssignedReview rb = new AssignedReview(db, b);
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> pred = new LinkedHashMap<>();
        List<Kappa.Pair> decisions = new ArrayList<>();
        Map<String, List<Kappa.Pair>> fields = new LinkedHashMap<>();
        FieldNames.ALL.forEach(f -> fields.put(f, new ArrayList<>()));
        for (long id : letters) {
            CorrectedLetter la = corrected(ra.load(id).orElseThrow());
            CorrectedLetter lb = corrected(rb.load(id).orElseThrow());
            String key = "letter " + id + " (" + la.stored().fileName() + ")";
            LetterRecord recA = la.record();
            LetterRecord recB = lb.record().withText(null); // same text: no offset mapping needed
            gold.put(key, RecordJson.mapper().valueToTree(recA));
            pred.put(key, RecordJson.mapper().valueToTree(recB));
            List<Item> ia = recA.items();
            List<Item> ib = recB.items();
            for (int k = 0; k < Math.min(ia.size(), ib.size()); k++) {
                decisions.add(new Kappa.Pair(name(ia.get(k).decision()), name(ib.get(k).decision())));
            }
            for (String f : FieldNames.ALL) {
                fields.get(f).add(new Kappa.Pair(la.field(f), lb.field(f)));
            }
        }
        SpanReport spans = new SpanScorer(Evaluator.DEFAULT_TYPES).score(gold, pred, null);
        List<Kappa> fieldKappas = new ArrayList<>();
        fields.forEach((f, pairs) -> fieldKappas.add(Kappa.of(f, pairs)));
        return new AgreementReport(a, b, letters.size(), spans.rows(), Kappa.of("item decision", decisions),
                fieldKappas, spans.misses().stream().filter(m -> !m.isEmpty()).toList());
    }

    private static CorrectedLetter corrected(StoredLetter l) {
        return new CorrectedLetter(l, false);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
