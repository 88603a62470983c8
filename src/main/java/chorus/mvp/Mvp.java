package chorus.mvp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A Maternity and Neonatal Voices Partnership of the LMNS: MVP leads' accounts and events belong to one. */
@MappedEntity("mvp")
public record Mvp(@Id @GeneratedValue @Nullable Long id, String code, String name) {

    static Mvp create(String code, String name) {
        return new Mvp(null, code, name);
    }
}
