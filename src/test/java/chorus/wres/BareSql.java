package chorus.wres;

/** The statement the WRES report runs for a round's respondents (twice: this round and the one before). */
public final class BareSql {

    private BareSql() {
    }

    public static String respondents() {
        return WresQueries.RESPONDENTS;
    }
}
