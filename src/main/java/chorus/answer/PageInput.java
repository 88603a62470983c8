package chorus.answer;

import chorus.system.TamperedFormException;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what a person sent for one page. Problems a person can fix become {@link FieldError}s
 * shown on the same page; values that our page could never have sent are refused whole. Public
 * for paper data entry, which checks keyed answers the same way.
 */
public final class PageInput {

    static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    static final Pattern FULL_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    /** What may follow a district when someone gives more of their postcode: "3", "3S", "3SR". */
    private static final Pattern POSTCODE_SECTOR_ON = Pattern.compile("[0-9][A-Z]{0,2}");
    private static final int HARD_TEXT_LIMIT = 20_000;

    /** Cleaned values to keep, by field name. */
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    private PageInput() {
    }

    public record Outcome(Map<String, List<String>> values, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    public static String selfDescriptionField(Question question) {
        return question.id() + ".self";
    }

    public static Outcome check(List<Question> questions, Map<String, List<String>> form) {
        PageInput input = new PageInput();
        questions.forEach(q -> input.check(q, form.getOrDefault(q.id(), List.of())));
        questions.stream().filter(q -> q.type() == QuestionType.ETHNICITY)
                .forEach(q -> input.selfDescription(q, form.getOrDefault(selfDescriptionField(q), List.of())));
        return new Outcome(input.values, input.errors);
    }

    private void check(Question question, List<String> sent) {
        QuestionType type = question.type();
        if (type.isChoice()) {
            choice(question, sent);
        } else {
            String value = single(question, sent).strip();
            if (value.length() > HARD_TEXT_LIMIT) {
                throw new TamperedFormException("answer to " + question.id() + " is far longer than the page allows");
            }
            if (value.isEmpty()) {
                if (question.required()) {
                    error(question, "error.enter_text", Map.of());
                }
                return;
            }
            switch (type) {
                case NUMBER -> number(question, value);
                case POSTCODE_DISTRICT -> postcodeDistrict(question, value);
                default -> text(question, value);
            }
        }
    }

    private void choice(Question question, List<String> sent) {
        if (sent.size() > 1 && !question.type().isMultiple()) {
            throw new TamperedFormException(question.id() + " takes one answer");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String value : sent) {
            if (!question.optionValues().contains(value)) {
                throw new TamperedFormException("an answer " + question.id() + " does not offer");
            }
            chosen.add(value);
        }
        if (chosen.isEmpty()) {
            if (question.required()) {
                String key = switch (question.type()) {
                    case CONSENT -> "error.consent";
                    case MULTIPLE_CHOICE -> "error.choose_any";
                    default -> "error.choose_one";
                };
                error(question, key, Map.of());
            }
            return;
        }
        values.put(question.id(), List.copyOf(chosen));
    }

    private void number(Question question, String value) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            // Character.digit reads Arabic-Indic, Bengali and other script digits as well as 0-9.
            int digit = Character.digit(value.charAt(i), 10);
            if (digit < 0 || digits.length() > 6) {
                keep(question, value);
                error(question, "error.number_invalid", Map.of());
                return;
            }
            digits.append(digit);
        }
        int number = Integer.parseInt(digits.toString());
        if (number < question.min() || number > question.max()) {
            keep(question, value);
            error(question, "error.number_range", Map.of("min", question.min(), "max", question.max()));
            return;
        }
        values.put(question.id(), List.of(Integer.toString(number)));
    }

    private void postcodeDistrict(Question question, String value) {
        // "nr 1" is NR1, but "NR1 3" is a sector of NR1, not the district NR13: only a space
        // straight after the letters is dropped.
        String district = value.toUpperCase(Locale.ROOT).replaceFirst("^([A-Z]{1,2})\\s+(?=[0-9])", "$1");
        if (POSTCODE_DISTRICT.matcher(district).matches()) {
            values.put(question.id(), List.of(district));
            return;
        }
        keep(question, value);
        String[] parts = district.split("\\s+", 2);
        boolean more = FULL_POSTCODE.matcher(district.replaceAll("\\s+", "")).matches()
                || parts.length == 2 && POSTCODE_DISTRICT.matcher(parts[0]).matches() && POSTCODE_SECTOR_ON.matcher(parts[1]).matches();
        error(question, more ? "error.postcode_full" : "error.postcode_district_invalid", Map.of());
    }

    private void text(Question question, String value) {
        keep(question, value);
        if (value.codePointCount(0, value.length()) > question.textLimit()) {
            error(question, "error.too_long", Map.of("max", question.textLimit()));
        }
    }

    private void selfDescription(Question question, List<String> sent) {
        String value = single(question, sent).strip();
        if (value.isEmpty()) {
            return;
        }
        if (value.length() > HARD_TEXT_LIMIT) {
            throw new TamperedFormException("self-description far longer than the page allows");
        }
        values.put(selfDescriptionField(question), List.of(value));
        if (value.codePointCount(0, value.length()) > Question.SELF_DESCRIPTION_LENGTH) {
            errors.add(new FieldError(selfDescriptionField(question), "error.self_description_too_long",
                    Map.of("max", Question.SELF_DESCRIPTION_LENGTH)));
        }
    }

    private String single(Question question, List<String> sent) {
        if (sent.size() > 1) {
            throw new TamperedFormException(question.id() + " was sent more than once");
        }
        return sent.isEmpty() ? "" : sent.get(0).replace("\u0000", "");
    }

    private void keep(Question question, String value) {
        values.put(question.id(), List.of(value));
    }

    private void error(Question question, String key, Map<String, Object> args) {
        errors.add(new FieldError(question.id(), key, args));
    }
}
