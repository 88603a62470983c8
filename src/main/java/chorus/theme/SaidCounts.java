package chorus.theme;

import chorus.system.TransientFailures;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Keeps what service users said counted (see V28): every half minute, and before every themes report
 * so a report always includes the item coded a moment ago. Each batch is a transaction of its own,
 * retried if the database gives up on it.
 */
@Singleton
class SaidCounts {

    private final SaidCountStore store;
    private final TransientFailures transactions;
    /** Set once this instance has checked the counts were made with its questions. */
    private volatile boolean planChecked;

    SaidCounts(SaidCountStore store, TransientFailures transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** Counts everyone waiting to be counted; returns how many. */
    @Scheduled(fixedDelay = "30s", initialDelay = "5s")
    public long countWaiting() {
        if (!planChecked) {
            recountIfChanged();
        }
        return transactions.drain(store::anyWaiting, store::countWaiting);
    }

    /** The questions counted by only change when Chorus starts with new survey files, so each instance checks once. */
    private synchronized void recountIfChanged() {
        if (!planChecked) {
            transactions.write(store::recountIfChanged);
            planChecked = true;
        }
    }
}
