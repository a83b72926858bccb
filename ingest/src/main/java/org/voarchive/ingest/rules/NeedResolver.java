package org.voarchive.ingest.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.voarchive.ingest.frame.Keywords;

/**
 * Chooses the candidates for one need of one frame: all match keys equal, inside the maximum window;
 * ranked by being inside the best window, then (if the rule prefers so) certified, then nearest in
 * time, then by id so that equal candidates always resolve the same way.
 */
final class NeedResolver {

    private NeedResolver() {
    }

    static NeedResult resolve(Need need, Keywords frame, double mjd, List<Candidate> candidates) {
        List<MatchKey> keys = need.match();
        Map<String, Object> frameValues = frame.asMap();
        Object[] wanted = new Object[keys.size()];
        List<String> absentFromFrame = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            wanted[k] = frameValues.get(keys.get(k).key());
            if (wanted[k] == null) {
                absentFromFrame.add(keys.get(k).key());
            }
        }
        List<Selection> accepted = new ArrayList<>();
        int otherSetup = 0;
        int outsideWindow = 0;
        String firstDifference = null;
        for (Candidate candidate : candidates) {
            if (!candidate.tag().equals(need.tag())) {
                continue;
            }
            String difference = difference(keys, wanted, candidate.keywords().asMap());
            if (difference != null) {
                otherSetup++;
                firstDifference = firstDifference == null ? difference : firstDifference;
                continue;
            }
            double delta = candidate.mjd() - mjd;
            if (!need.window().allows(delta)) {
                outsideWindow++;
                continue;
            }
            accepted.add(new Selection(candidate, delta));
        }
        accepted.sort(ranking(need));
        List<Selection> selected = accepted.subList(0, Math.min(need.max(), accepted.size()));
        if (selected.size() >= need.min() && !selected.isEmpty()) {
            return new NeedResult(need, NeedStatus.SATISFIED, selected, "");
        }
        String reason = reason(need, selected.size(), otherSetup, firstDifference, outsideWindow, absentFromFrame);
        NeedStatus status = need.optional() ? NeedStatus.OPTIONAL_ABSENT : NeedStatus.MISSING;
        return new NeedResult(need, status, selected, reason);
    }

    /** The first match key on which the candidate differs, as text for the reason, or null when it matches. */
    private static String difference(List<MatchKey> keys, Object[] wanted, Map<String, Object> values) {
        for (int k = 0; k < wanted.length; k++) {
            MatchKey key = keys.get(k);
            Object value = values.get(key.key());
            if (!key.matches(wanted[k], value)) {
                return key.key() + " " + describe(value) + " vs " + describe(wanted[k]);
            }
        }
        return null;
    }

    private static String describe(Object value) {
        return value == null ? "absent" : Keywords.format(value);
    }

    private static Comparator<Selection> ranking(Need need) {
        Comparator<Selection> order = Comparator.comparing(s -> !need.window().isBest(s.deltaMjd()));
        if (need.prefer() == Preference.CERTIFIED) {
            order = order.thenComparing(s -> !s.candidate().certified());
        }
        return order.thenComparingDouble((Selection s) -> Math.abs(s.deltaMjd()))
                .thenComparing(s -> s.candidate().id());
    }

    private static String reason(Need need, int found, int otherSetup, String firstDifference, int outsideWindow,
            List<String> absentFromFrame) {
        StringBuilder reason = new StringBuilder();
        reason.append(found == 0 ? "no " : "only " + found + " of " + need.min() + " ").append(need.tag());
        if (!need.match().isEmpty()) {
            reason.append(" matching ").append(need.match().stream().map(MatchKey::toString)
                    .collect(Collectors.joining(", ")));
        }
        reason.append(" within ±").append(Numbers.plain(need.window().maxDays())).append(" days");
        List<String> rejected = new ArrayList<>();
        if (otherSetup > 0) {
            rejected.add(otherSetup + " of another setup (first: " + firstDifference + ")");
        }
        if (outsideWindow > 0) {
            rejected.add(outsideWindow + " outside the window");
        }
        reason.append(rejected.isEmpty() ? "; no candidate at all" : "; rejected " + String.join(", ", rejected));
        if (!absentFromFrame.isEmpty()) {
            reason.append("; the frame lacks ").append(String.join(", ", absentFromFrame));
        }
        return reason.toString();
    }
}
