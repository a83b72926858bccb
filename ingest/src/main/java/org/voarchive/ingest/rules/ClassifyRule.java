package org.voarchive.ingest.rules;

import java.util.List;
import org.voarchive.ingest.frame.Keywords;

/** A set of keyword conditions that, when all hold, give a frame its tag and category. */
record ClassifyRule(String tag, Category category, List<KeywordCondition> conditions) {

    ClassifyRule {
        conditions = List.copyOf(conditions);
    }

    boolean matches(Keywords keywords) {
        for (KeywordCondition condition : conditions) {
            if (!condition.test(keywords)) {
                return false;
            }
        }
        return true;
    }
}
