package chorus.mvp;

import chorus.system.Role;
import io.micronaut.data.model.Sort;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The MVPs administrators set up, and which one an MVP lead works for. */
@Singleton
public class Mvps {

    private final MvpRepository repository;

    Mvps(MvpRepository repository) {
        this.repository = repository;
    }

    /** Every MVP by name, then code when two share a name. */
    public List<Mvp> all() {
        return repository.findAll(Sort.of(Sort.Order.asc("name"), Sort.Order.asc("code")));
    }

    public Optional<Mvp> find(long id) {
        return repository.findById(id);
    }

    /** The MVP whose id is the text a form sent, if there is one. */
    public Optional<Mvp> find(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(id));
    }

    public Optional<Mvp> byCode(String code) {
        return repository.findByCode(code);
    }

    /** The MVP of a signed-in lead; empty for staff who work for no one MVP. */
    public Optional<Mvp> of(String username) {
        return repository.findByLead(username);
    }

    /**
     * Whose evidence a report shows: a lead's own MVP whatever they ask for, an analyst's or
     * administrator's chosen MVP, or the whole LMNS (an empty inner value). Empty when there is
     * nothing this person may see: a lead with no MVP, or an MVP that does not exist.
     */
    public Optional<Optional<Mvp>> scope(Authentication user, Optional<String> code) {
        if (user.getRoles().contains(Role.MVP_LEAD_NAME)) {
            return of(user.getName()).map(Optional::of);
        }
        Optional<String> asked = code.map(String::strip).filter(c -> !c.isEmpty());
        if (asked.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return byCode(asked.get()).map(Optional::of);
    }

    boolean codeTaken(String code) {
        return repository.existsByCode(code);
    }

    void create(String code, String name) {
        repository.save(Mvp.create(code, name));
    }
}
