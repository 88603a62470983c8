package chorus.theme;

import chorus.theme.Redaction.Found;
import chorus.theme.Redaction.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * UK phone numbers and NHS numbers, read from runs of digit groups. People write numbers with any
 * spacing ("0 7 7 0 0 ...", "(01603) 123 456", "943-476-5919"), so a run is digit groups joined by a
 * few separator characters, and a number is any stretch of whole groups from a run holding the right
 * count of digits. Every stretch that fits is offered; {@link Overlaps} keeps the best of those that
 * overlap. Short numbers such as 999 and 111 never have enough digits to be offered.
 */
final class DigitRuns {

    private static final int MAX_GAP = 3;
    private static final int MAX_DIGITS = 15;

    private DigitRuns() {
    }

    /** Adds what it finds to {@code into}, with offsets into the folded text. */
    static void find(String text, List<int[]> groups, List<Found> into) {
        int runStart = 0;
        for (int g = 1; g <= groups.size(); g++) {
            if (g == groups.size() || !joined(text, groups.get(g - 1)[1], groups.get(g)[0])) {
                for (int first = runStart; first < g; first++) {
                    findFrom(text, groups.subList(first, g), into);
                }
                runStart = g;
            }
        }
    }

    private static void findFrom(String text, List<int[]> groups, List<Found> into) {
        int start = groups.get(0)[0];
        boolean plus = plusBefore(text, start);
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int[] group : groups) {
            digits.append(text, group[0], group[1]);
            if (digits.length() > MAX_DIGITS) {
                return;
            }
            String number = digits.toString();
            if (number.length() == 10 && nhsCheckDigitHolds(number)) {
                into.add(new Found(Kind.NHS_NUMBER, start, group[1]));
            }
            if (isUkPhone(number, plus)) {
                into.add(new Found(Kind.PHONE, phoneStart(text, start, group[1], plus), group[1]));
            }
        }
    }

    /** Modulus 11 with weights 10 to 2 on the first nine digits; a remainder giving 10 is never issued. */
    static boolean nhsCheckDigitHolds(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    /** The national form must be 11 digits (01, 02, 03, 05, 07, 08, 09) or 10 (older 01 areas, 0800/0500). */
    static boolean isUkPhone(String digits, boolean plus) {
        String national;
        if (digits.startsWith("0044")) {
            national = "0" + dropTrunkZero(digits.substring(4));
        } else if (plus && digits.startsWith("44")) {
            national = "0" + dropTrunkZero(digits.substring(2));
        } else if (digits.startsWith("0") && !digits.startsWith("00")) {
            national = digits;
        } else {
            return false;
        }
        if (national.length() == 11) {
            return "1235789".indexOf(national.charAt(1)) >= 0;
        }
        return national.length() == 10 && (national.startsWith("01") || national.startsWith("08"));
    }

    /** "+44 (0)1603 ...": the bracketed trunk zero is written but not dialled. */
    private static String dropTrunkZero(String rest) {
        return rest.startsWith("0") ? rest.substring(1) : rest;
    }

    /** Takes in a leading "+" or an opening bracket the number closes, so no stray half is left behind. */
    private static int phoneStart(String text, int start, int end, boolean plus) {
        if (plus) {
            return text.lastIndexOf('+', start);
        }
        boolean bracketed = start > 0 && text.charAt(start - 1) == '(' && text.indexOf(')', start) >= 0
                && text.indexOf(')', start) < end;
        return bracketed ? start - 1 : start;
    }

    private static boolean plusBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '+';
    }

    /** Each stretch of ASCII digits in folded text, as {start, end}; every number and date starts at one. */
    static List<int[]> digitGroups(String text) {
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                int end = i + 1;
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                groups.add(new int[] {i, end});
                i = end;
            }
        }
        return groups;
    }

    private static boolean joined(String text, int gapStart, int gapEnd) {
        if (gapEnd - gapStart > MAX_GAP) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            if (" -./()\u2010\u2011\u2012\u2013\u2014\u2015\u2212".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
