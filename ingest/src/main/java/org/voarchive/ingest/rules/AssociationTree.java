package org.voarchive.ingest.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A frame with the calibrations it needs, and theirs in turn (the cascade science, master flat,
 * master bias), as CalSelector builds it.
 */
public record AssociationTree(String instrument, AssociationNode root) {

    /** True when no need anywhere in the tree is missing. */
    public boolean complete() {
        return root.complete();
    }

    public int depth() {
        return root.depth();
    }

    /** The MISSING nodes, depth first in rule order. */
    public List<AssociationNode> missing() {
        List<AssociationNode> missing = new ArrayList<>();
        collectMissing(root, missing);
        return missing;
    }

    private static void collectMissing(AssociationNode node, List<AssociationNode> into) {
        if (node.status() == AssociationNode.Status.MISSING) {
            into.add(node);
        }
        node.children().forEach(child -> collectMissing(child, into));
    }
}
