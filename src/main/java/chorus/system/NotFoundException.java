package chorus.system;

/**
 * Something that does not exist, or that this person may not see: answered with the same 404 page
 * as an unknown address. Form POST handlers throw it rather than returning a 404 response: Micronaut
 * re-routes a 404 returned from a POST to the global not-found route, which then waits for a body
 * already read, and the request never ends.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found for this person", null, false, false);
    }
}
