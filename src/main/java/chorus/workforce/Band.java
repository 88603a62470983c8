package chorus.workforce;

import java.util.Arrays;
import java.util.Optional;

/** Agenda for Change bands 1 to 9 (8 split 8a to 8d), very senior managers, and medical and dental grades. */
enum Band {
    BAND_1("1"), BAND_2("2"), BAND_3("3"), BAND_4("4"), BAND_5("5"), BAND_6("6"), BAND_7("7"),
    BAND_8A("8a"), BAND_8B("8b"), BAND_8C("8c"), BAND_8D("8d"), BAND_9("9"), VSM(null), MEDICAL(null);

    /** The Agenda for Change band as people write it; null for the two that are not AfC bands. */
    final String afc;

    Band(String afc) {
        this.afc = afc;
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Band> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code().equals(code)).findFirst();
    }
}
