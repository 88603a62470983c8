package chorus.archfixture.a;

import chorus.archfixture.b.Answer;

/** Half of a package cycle made on purpose, for ArchitectureTest to find. Not used by Chorus. */
public final class Ask {

    public Answer answer() {
        return new Answer();
    }
}
