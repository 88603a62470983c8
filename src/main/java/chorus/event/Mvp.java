package chorus.event;

/** A Maternity and Neonatal Voices Partnership of the LMNS. */
public record Mvp(long id, String code, String name) {
}
