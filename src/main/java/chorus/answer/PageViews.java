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
import java.util.Optional;

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
                               List<String> suggestions, String inputName) {
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

    /**
     * The questions of a page on screen: as {@link #questions}, except that the ethnic-group question
     * asks for the group only (its first step, {@link EthnicSteps}).
     */
    static List<QuestionView> onScreen(List<Question> questions, SurveyTexts texts, Map<String, List<String>> values,
                                       List<FieldError> errors) {
        return questions(questions, texts, values, errors).stream().map(view -> questions.stream()
                .filter(q -> q.id().equals(view.id()) && EthnicSteps.asksGroup(q)).findFirst()
                .map(q -> groupStep(q, view, texts, values)).orElse(view)).toList();
    }

    private static QuestionView groupStep(Question q, QuestionView view, SurveyTexts texts, Map<String, List<String>> values) {
        Texts ui = texts.ui();
        Optional<EthnicCategory.Group> current = EthnicSteps.currentGroup(q, values);
        List<OptionView> groups = EthnicSteps.groups().stream().map(g -> new OptionView(g.key(), groupLabel(g, ui),
                current.filter(g::equals).isPresent(), groupInputId(q, g), null)).toList();
        Text hint = texts.hint(q) != null ? texts.hint(q) : ui.ui("ethnicity.group_hint");
        return new QuestionView(q.id(), "ethnic_group", view.label(), hint, q.required(), groups, List.of(), null, null, null,
                view.error(), null, null, q.id() + "-hint" + (view.error() == null ? "" : " " + q.id() + "-error"),
                groupInputId(q, EthnicCategory.Group.WHITE), view.picture(), List.of(), EthnicSteps.groupField(q));
    }

    /**
     * The second step: the backgrounds of {@code group}, and words of the person's own, under the
     * question "Which of these best describes your … background?".
     */
    static QuestionView backgroundStep(Question q, EthnicCategory.Group group, SurveyTexts texts, Map<String, List<String>> values,
                                       List<FieldError> errors) {
        Texts ui = texts.ui();
        List<String> current = values.getOrDefault(q.id(), List.of());
        List<OptionView> options = EthnicSteps.backgrounds(group).stream().map(code -> new OptionView(code,
                texts.option(q, code), current.contains(code), q.id() + "-" + code, null)).toList();
        Map<String, Text> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.put(e.questionId(), ui.ui(e.messageKey(), e.args())));
        String selfName = PageInput.selfDescriptionField(q);
        Text error = messages.get(q.id());
        String key = "ethnicity.background." + group.key();
        return new QuestionView(q.id(), q.type().fileName(), ui.ui(key),
                ui.ui("ethnicity.background_hint"), true, options, List.of(new GroupView(null, options)), null, selfName,
                values.getOrDefault(selfName, List.of()).stream().findFirst().orElse(null), error, messages.get(selfName), null,
                q.id() + "-hint" + (error == null ? "" : " " + q.id() + "-error"), options.get(0).inputId(), null, List.of(), q.id());
    }

    /** Where a change link for the question leads on screen: its first input as the page shows it. */
    static String screenInputId(Question q) {
        return EthnicSteps.asksGroup(q) ? groupInputId(q, EthnicCategory.Group.WHITE) : firstInputId(q);
    }

    /** A group's own name, and "prefer not to say" in the words the one-step question uses for it. */
    private static Text groupLabel(EthnicCategory.Group group, Texts ui) {
        String key = group == EthnicCategory.Group.NOT_STATED ? "ethnicity.Z" : "ethnicity.group." + group.key();
        return ui.ui(key);
    }

    private static String groupInputId(Question q, EthnicCategory.Group group) {
        return q.id() + "-group-" + group.key().replace('_', '-');
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
                        ? LanguageNames.suggestions(ui) : List.of(), q.id());
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
