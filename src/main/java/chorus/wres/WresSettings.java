package chorus.wres;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The WRES report ({@code chorus.wres.*}).
 *
 * @param careerDontKnowInDenominator whether "Don't know" answers to indicator 7 count as "no"
 */
@ConfigurationProperties("chorus.wres")
record WresSettings(@Bindable(defaultValue = "false") boolean careerDontKnowInDenominator) {
}
