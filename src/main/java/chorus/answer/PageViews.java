package chorus.answer;

import chorus.i18n.LanguageNames;

import chorus.i18n.Picture;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.survey.EthnicCategory;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the question fragments need: every text resolved, every value and error in place. */
public final class PageViews {

    /** An answer; {@code picture} is an SVG beside its words on an easy-read scale, else null. */
    public record OptionView(String value, Text label, boolean checked, String inputId, String picture) {
    }

    public record GroupView(Text legend, List<OptionView> options) {
    }

    public record QuestionView(String id, String type, Text label, Text hint, boolean required, List<OptionView> options,
                               List<GroupView> groups, String value, String selfName, String selfValue, Text error,
                               Text selfError, Integer maxLength, String describedBy, String firstInputId, Picture picture,
                               List<String> suggestions) {
    }

    public record ErrorLink(String href, Text message) {
    }

    private PageViews() {
    }

    /** Public for the paper form, which lays out the same resolved questions with no values or errors. */
    public static List<QuestionView> questions(List<Question> questions, SurveyTexts texts, Map<String, List<String>> values,
                                        List<FieldError> errors) {
        Map<String, Text> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.put(e.questionId(), texts.ui().ui(e.messageKey(), e.args())));
        return questions.stream().map(q -> question(q, texts, values, messages)).toList();
    }

    static List<ErrorLink> errorLinks(List<QuestionView> questions) {
        List<ErrorLink> links = new ArrayList<>();
        for (QuestionView q : questions) {
            if (q.error() != null) {
                links.add(new ErrorLink("#" + q.firstInputId(), q.error()));
            }
            if (q.selfError() != null) {
                links.add(new ErrorLink("#" + q.selfName().replace('.', '-'), q.selfError()));
            }
        }
        return links;
    }

    private static QuestionView question(Question q, SurveyTexts texts, Map<String, List<String>> values, Map<String, Text> errors) {
        List<String> current = values.getOrDefault(q.id(), List.of());
        Text hint = texts.hint(q);
        Texts ui = texts.ui();
        if (hint == null && q.type() == QuestionType.POSTCODE_DISTRICT) {
            hint = ui.ui("answer.postcode_district.hint");
        }
        if (hint == null && q.type() == QuestionType.ETHNICITY) {
            hint = ui.ui("ethnicity.hint");
        }
        Text error = errors.get(q.id());
        // A survey with pictures (easy read) also puts a face beside each answer of its scales.
        boolean pictures = texts.picture(q) != null;
        List<OptionView> options = q.type().isChoice()
                ? q.optionValues().stream().map(v -> option(q, v, texts, current, pictures)).toList()
                : List.of();
        List<GroupView> groups = q.type() == QuestionType.ETHNICITY ? ethnicGroups(options, ui) : List.of();
        String selfName = PageInput.selfDescriptionField(q);
        String selfValue = values.getOrDefault(selfName, List.of()).stream().findFirst().orElse(null);
        String describedBy = String.join(" ", java.util.stream.Stream.of(
                hint == null ? null : q.id() + "-hint", error == null ? null : q.id() + "-error")
                .filter(Objects::nonNull).toList());
        String firstInputId = firstInputId(q);
        return new QuestionView(q.id(), q.type().fileName(), texts.label(q), hint, q.required(), options, groups,
                q.type().isChoice() ? null : current.stream().findFirst().orElse(null),
                selfName, selfValue, error, errors.get(selfName),
                q.type().isText() ? q.textLimit() : null,
                describedBy.isEmpty() ? null : describedBy, firstInputId, texts.picture(q),
                AnsweringService.FIRST_LANGUAGE.equals(q.id()) && q.type() == QuestionType.SHORT_TEXT
                        ? LanguageNames.suggestions(ui) : List.of());
    }

    /** The id of the question's first input, where an error link or a change link takes the person. */
    static String firstInputId(Question q) {
        return q.type().isChoice() && !q.optionValues().isEmpty() ? q.id() + "-" + q.optionValues().get(0) : q.id();
    }

    private static OptionView option(Question q, String value, SurveyTexts texts, List<String> current, boolean pictures) {
        return new OptionView(value, texts.option(q, value), current.contains(value), q.id() + "-" + value,
                pictures ? ScaleFaces.of(q.type(), value) : null);
    }

    private static List<GroupView> ethnicGroups(List<OptionView> options, Texts ui) {
        Map<EthnicCategory.Group, List<OptionView>> byGroup = new LinkedHashMap<>();
        for (OptionView option : options) {
            EthnicCategory.Group group = EthnicCategory.fromCode(option.value()).orElseThrow().group();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(option);
        }
        List<GroupView> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> groups.add(new GroupView(
                group == EthnicCategory.Group.NOT_STATED ? null : ui.ui("ethnicity.group." + group.key()), members)));
        return groups;
    }
}
