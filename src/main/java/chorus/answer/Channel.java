package chorus.answer;

/** How a response reached Chorus: a board report shows who was reached by which route. */
public enum Channel {
    ONLINE, PAPER, EVENT
}
