package chorus.staff;

/** A trust or other employer whose staff answer the staff survey. */
public record Organisation(long id, String code, String name) {
}
