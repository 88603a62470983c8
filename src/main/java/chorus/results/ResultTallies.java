package chorus.results;

import chorus.system.TransientFailures;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Keeps the survey results counted (see V27): every half minute, and before every results report so
 * a report always includes the response sent a moment ago. Each batch is a transaction of its own,
 * retried if the database gives up on it.
 */
@Singleton
class ResultTallies {

    private final ResultTallyStore store;
    private final TallyPlans plans;
    private final TransientFailures transactions;
    /** Set once this instance has checked every survey's tallies were made with its plan. */
    private volatile boolean plansChecked;

    ResultTallies(ResultTallyStore store, TallyPlans plans, TransientFailures transactions) {
        this.store = store;
        this.plans = plans;
        this.transactions = transactions;
    }

    /** Counts every response waiting to be counted; returns how many. */
    @Scheduled(fixedDelay = "30s", initialDelay = "5s")
    public long countWaiting() {
        if (!plansChecked) {
            recountChanged();
        }
        return transactions.drain(store::anyWaiting, store::countWaiting);
    }

    /**
     * Recounts, from all their answers, the surveys whose plan is not the one their tallies were made
     * with. A survey's plan only changes when Chorus starts with new survey files, so each instance
     * checks once.
     */
    private synchronized void recountChanged() {
        if (plansChecked) {
            return;
        }
        for (TallyPlan plan : plans.all()) {
            transactions.write(() -> store.recountIfChanged(plan));
        }
        plansChecked = true;
    }
}
