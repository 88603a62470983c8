package chorus.web;

import chorus.i18n.Text;

/**
 * One radio button or checkbox of the {@code choices} fragment: its value, its label, an optional
 * second line under the label ({@code hint}), the label's direction when it must not follow the page
 * (a code in a right-to-left page), and whether it is ticked.
 */
public record Choice(String value, Text label, Text hint, String dir, boolean checked) {

    public static Choice of(String value, Text label, boolean checked) {
        return new Choice(value, label, null, null, checked);
    }
}
