package chorus.answer;

/**
 * Keeps what is derived from stored service-user answers in step with them, inside the transaction
 * that writes them, so a derived figure is never ahead of or behind the answers it comes from. A
 * feature that keeps such figures implements it; the store tells every implementation.
 */
public interface ResponseWatch {

    /** A new response and its answers have just been written. */
    void stored(long responseId);

    /** Some answers of a stored response are about to be replaced (a paper form corrected). */
    void correcting(long responseId);
}
