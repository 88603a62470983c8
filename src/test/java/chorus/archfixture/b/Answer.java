package chorus.archfixture.b;

import chorus.archfixture.a.Ask;

/** The other half of the cycle ArchitectureTest must find. */
public final class Answer {

    public Ask again() {
        return new Ask();
    }
}
