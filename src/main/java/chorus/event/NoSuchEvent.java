package chorus.event;

/**
 * An event that does not exist or that this person may not see. Thrown rather than returning a
 * 404 response: Micronaut re-routes a 404 returned from a form POST to the global not-found route,
 * which then waits for a body already read, and the request never ends.
 */
class NoSuchEvent extends RuntimeException {

    NoSuchEvent() {
        super("no such event for this person", null, false, false);
    }
}
