package org.voarchive.ingest.rules;

import java.util.List;
import java.util.Optional;

/**
 * A node of an association tree: the frame at the root, a chosen calibration, or a need left unfilled.
 *
 * @param tag       the frame's or calibration's tag; for an unfilled need, the needed tag
 * @param status    what the node is
 * @param candidate the frame or calibration; null for MISSING and OPTIONAL_ABSENT nodes
 * @param deltaMjd  the calibration's MJD minus its parent's; 0 at the root, NaN for unfilled needs
 * @param reason    why a need is unfilled, empty otherwise
 * @param children  the calibrations this node needs, in rule order (empty for unfilled needs and
 *                  for CYCLE nodes)
 */
public record AssociationNode(String tag, Status status, Candidate candidate, double deltaMjd, String reason,
        List<AssociationNode> children) {

    /** What a node stands for. */
    public enum Status {
        /** The frame the tree was built for. */
        ROOT,
        /** A calibration chosen for a need. */
        SATISFIED,
        /** A mandatory need without enough calibrations. */
        MISSING,
        /** An optional need with no calibration. */
        OPTIONAL_ABSENT,
        /** A chosen calibration already on the path from the root, whose needs are not followed again. */
        CYCLE
    }

    public AssociationNode {
        children = List.copyOf(children);
        reason = reason == null ? "" : reason;
    }

    /** The archive id of the frame or calibration; empty for unfilled needs. */
    public Optional<String> id() {
        return Optional.ofNullable(candidate).map(Candidate::id);
    }

    public Optional<Candidate.Kind> kind() {
        return Optional.ofNullable(candidate).map(Candidate::kind);
    }

    public boolean certified() {
        return candidate != null && candidate.certified();
    }

    /** True when neither this node nor any below it is MISSING. */
    public boolean complete() {
        return status != Status.MISSING && children.stream().allMatch(AssociationNode::complete);
    }

    /** Levels from this node down to its deepest descendant, counting this node. */
    public int depth() {
        return 1 + children.stream().mapToInt(AssociationNode::depth).max().orElse(0);
    }
}
