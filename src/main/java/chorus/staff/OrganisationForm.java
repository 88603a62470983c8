package chorus.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An administrator adding an organisation. */
@Serdeable
public record OrganisationForm(@Nullable String code, @Nullable String name, @Nullable String csrfToken) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", null);
    }

    public String codeOrEmpty() {
        return code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String nameOrEmpty() {
        return name == null ? "" : name.strip();
    }
}
