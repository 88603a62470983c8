package chorus.archfixture.d;

import chorus.archfixture.c.LedgerRepository;

/** Reaches into another feature's internals on purpose. Not used by Chorus. */
public final class Reader {

    public long entries(LedgerRepository ledger) {
        return ledger.count();
    }
}
