package chorus.answer;

/** A form that a person could not have sent from our page: an unknown answer, a changed hidden field. */
public class TamperedFormException extends RuntimeException {

    public TamperedFormException(String message) {
        super(message);
    }
}
