package chorus.archfixture.c;

/** A feature's table access, public by mistake, for ArchitectureTest to catch being used from outside. */
public interface LedgerRepository {

    long count();
}
