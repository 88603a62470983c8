package chorus.i18n;

/** A language Chorus can show, named in itself for the switcher ("Polski", "اردو"). */
public record Language(String tag, String name, boolean rightToLeft) {

    public static final String SOURCE = "en";

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
