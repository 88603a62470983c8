package chorus.workforce;

/** The WRES counts of one cell of the workforce: summed over rows, they stay consistent (events within their base). */
record Counts(int headcount, int shortlisted, int appointed, int disciplinary, int training, int board) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(headcount + other.headcount, shortlisted + other.shortlisted, appointed + other.appointed,
                disciplinary + other.disciplinary, training + other.training, board + other.board);
    }
}
