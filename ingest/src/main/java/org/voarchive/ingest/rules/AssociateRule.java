package org.voarchive.ingest.rules;

import java.util.List;

/** The needs of frames or products of one tag, in the order the rule file lists them. */
public record AssociateRule(String tag, List<Need> needs) {

    public AssociateRule {
        needs = List.copyOf(needs);
    }
}
