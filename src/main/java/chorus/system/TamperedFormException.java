package chorus.system;

/**
 * A form that a person could not have sent from our page: an unknown answer, a changed hidden field.
 * Its message is logged, so it says what was wrong in our words and never quotes the value sent.
 */
public class TamperedFormException extends RuntimeException {

    public TamperedFormException(String message) {
        super(message);
    }
}
