package chorus.representation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The representation report ({@code chorus.representation.*}).
 *
 * @param lmnsArea the baseline area that is the whole LMNS; empty: every area of the newest counts added up
 * @param completenessTarget the share (%) of people whose ethnicity should be recorded
 */
@ConfigurationProperties("chorus.representation")
record RepresentationSettings(@Bindable(defaultValue = "") String lmnsArea,
                              @Bindable(defaultValue = "90") int completenessTarget) {

    RepresentationSettings {
        lmnsArea = lmnsArea == null ? "" : lmnsArea.strip();
        if (completenessTarget < 1 || completenessTarget > 100) {
            throw new IllegalArgumentException("chorus.representation.completeness-target is a percentage from 1 to 100, not "
                    + completenessTarget);
        }
    }
}
