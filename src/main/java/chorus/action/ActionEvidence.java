package chorus.action;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "You said, we did" as the board report counts it: how many actions stand at each status, and how
 * many were done in a period. Actions are not people, so these counts need no disclosure control.
 */
@Singleton
public class ActionEvidence {

    /** Per status, the actions in a scope; {@code doneInPeriod} of them were done within the period. */
    public record Counts(Map<Action.Status, Integer> byStatus, int doneInPeriod) {

        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Actions actions;

    ActionEvidence(Actions actions) {
        this.actions = actions;
    }

    /** The LMNS's every action ({@code mvpId} null), or one MVP's, as they stand now. */
    public Counts counts(Long mvpId, LocalDate from, LocalDate to) {
        Map<Action.Status, Integer> byStatus = new EnumMap<>(Action.Status.class);
        for (Action.Status status : Action.Status.values()) {
            byStatus.put(status, 0);
        }
        int done = 0;
        List<Action> all = actions.all();
        for (Action action : all) {
            if (mvpId != null && !mvpId.equals(action.mvpId())) {
                continue;
            }
            byStatus.merge(action.status(), 1, Integer::sum);
            if (action.status() == Action.Status.DONE && action.doneOn() != null && !action.doneOn().isBefore(from)
                    && !action.doneOn().isAfter(to)) {
                done++;
            }
        }
        return new Counts(byStatus, done);
    }
}
