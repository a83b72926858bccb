package org.voarchive.ingest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.voarchive.ingest.frame.Keywords;

/**
 * Associates frames with calibrations by the associate rules of a {@link RuleBook}, reading candidates
 * from a {@link CalibrationCatalog}. Stateless and thread-safe as long as the catalog is.
 */
public final class Associator {

    private final RuleBook rules;

    public Associator(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * The calibrations for one frame's needs, without following the chosen calibrations' own needs.
     *
     * @param instrument the frame's instrument, e.g. {@code UVES}
     * @param tag        the frame's tag (raw or product), e.g. {@code SCIENCE_RED}
     * @param frame      the frame's keywords, holding the match keys
     * @param mjd        the frame's MJD-OBS
     * @param catalog    where candidates come from
     * @return one result per need; no needs when the tag needs nothing
     * @throws IllegalArgumentException for an unknown instrument, or a tag its rules neither classify nor produce
     */
    public Association associate(String instrument, String tag, Keywords frame, double mjd,
            CalibrationCatalog catalog) {
        InstrumentRules r = rulesFor(instrument, tag);
        return associate(r, tag, frame, mjd, t -> catalog.candidates(instrument, t));
    }

    /**
     * The association tree of a frame: its needs, then, for each chosen calibration, that calibration's
     * needs, recursively. A calibration already on the path from the root is shown as
     * {@link AssociationNode.Status#CYCLE} and not followed, so cyclic rules cannot loop.
     *
     * @param instrument the frame's instrument
     * @param frame      the frame at the root (usually a raw science frame)
     * @param catalog    where candidates come from; asked at most once per tag
     * @throws IllegalArgumentException for an unknown instrument, or a tag its rules neither classify nor produce
     */
    public AssociationTree tree(String instrument, Candidate frame, CalibrationCatalog catalog) {
        InstrumentRules r = rulesFor(instrument, frame.tag());
        Map<String, List<Candidate>> cache = new HashMap<>();
        Function<String, List<Candidate>> candidates =
                tag -> cache.computeIfAbsent(tag, t -> catalog.candidates(instrument, t));
        Set<String> path = new HashSet<>();
        path.add(frame.id());
        List<AssociationNode> children = children(r, frame, candidates, path);
        return new AssociationTree(instrument,
                new AssociationNode(frame.tag(), AssociationNode.Status.ROOT, frame, 0, "", children));
    }

    private List<AssociationNode> children(InstrumentRules r, Candidate frame,
            Function<String, List<Candidate>> candidates, Set<String> path) {
        Association association = associate(r, frame.tag(), frame.keywords(), frame.mjd(), candidates);
        List<AssociationNode> children = new ArrayList<>();
        for (NeedResult result : association.needs()) {
            for (Selection selection : result.selected()) {
                children.add(node(r, selection, candidates, path));
            }
            if (result.status() != NeedStatus.SATISFIED) {
                AssociationNode.Status status = result.status() == NeedStatus.MISSING
                        ? AssociationNode.Status.MISSING : AssociationNode.Status.OPTIONAL_ABSENT;
                children.add(new AssociationNode(result.need().tag(), status, null, Double.NaN, result.reason(),
                        List.of()));
            }
        }
        return children;
    }

    private AssociationNode node(InstrumentRules r, Selection selection,
            Function<String, List<Candidate>> candidates, Set<String> path) {
        Candidate candidate = selection.candidate();
        if (!path.add(candidate.id())) {
            return new AssociationNode(candidate.tag(), AssociationNode.Status.CYCLE, candidate,
                    selection.deltaMjd(), "already on the path from the root", List.of());
        }
        List<AssociationNode> children = children(r, candidate, candidates, path);
        path.remove(candidate.id());
        return new AssociationNode(candidate.tag(), AssociationNode.Status.SATISFIED, candidate,
                selection.deltaMjd(), "", children);
    }

    private static Association associate(InstrumentRules r, String tag, Keywords frame, double mjd,
            Function<String, List<Candidate>> candidates) {
        List<NeedResult> results = new ArrayList<>();
        for (Need need : r.needs(tag)) {
            results.add(NeedResolver.resolve(need, frame, mjd, candidates.apply(need.tag())));
        }
        return new Association(r.instrument(), tag, results);
    }

    private InstrumentRules rulesFor(String instrument, String tag) {
        InstrumentRules r = rules.require(instrument);
        if (!r.knows(tag)) {
            throw new IllegalArgumentException(instrument + " rules neither classify nor produce tag " + tag);
        }
        return r;
    }
}
