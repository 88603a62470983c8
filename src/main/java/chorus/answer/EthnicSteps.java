package chorus.answer;

import chorus.survey.EthnicCategory;
import chorus.survey.EthnicCategory.Group;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.system.TamperedFormException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ethnic-group question on screen, asked in two steps as GOV.UK and the ONS ask it: the group
 * on its page (six choices, not seventeen), then the background within that group on a step of
 * its own. What is stored is unchanged, one NHS ethnic category and any words of the person's own,
 * so answers from screen, paper and keying are counted together; paper and keying still show the
 * one question with every category, grouped. The group chosen is kept in the draft only
 * ({@code <question>.group}), so the second step knows which backgrounds to offer.
 */
final class EthnicSteps {

    /** The group answer that is an answer in itself: "prefer not to say" needs no second step. */
    static final String NOT_STATED = Group.NOT_STATED.key();

    private EthnicSteps() {
    }

    static String groupField(Question question) {
        return question.id() + ".group";
    }

    static boolean asksGroup(Question question) {
        return question.type() == QuestionType.ETHNICITY;
    }

    /** The groups in the order they are offered, "prefer not to say" last. */
    static List<Group> groups() {
        return List.of(Group.values());
    }

    /** The categories of one group, as offered on the second step. */
    static List<String> backgrounds(Group group) {
        return Arrays.stream(EthnicCategory.values()).filter(c -> c.group() == group).map(Enum::name).toList();
    }

    static Optional<Group> group(String key) {
        return Arrays.stream(Group.values()).filter(g -> g.key().equals(key)).findFirst();
    }

    /** The group as far as the draft knows it: chosen on the first step, or read from the category stored. */
    static Optional<Group> currentGroup(Question question, Map<String, List<String>> answers) {
        Optional<String> chosen = first(answers.get(groupField(question)));
        if (chosen.isPresent()) {
            return group(chosen.get());
        }
        return first(answers.get(question.id())).flatMap(EthnicCategory::fromCode).map(EthnicCategory::group);
    }

    /**
     * The first step as sent, turned into the question's answer for the page to check and store: a
     * group keeps the background already given within it (so going back and on loses nothing), a
     * different group clears it for the second step, "prefer not to say" is the answer Z, and no
     * choice clears everything. The group itself goes into {@code groups}, to be stored with the page.
     */
    static Map<String, List<String>> fromGroups(List<Question> questions, Map<String, List<String>> form,
                                                Map<String, List<String>> answers, Map<String, List<String>> groups) {
        Map<String, List<String>> translated = new HashMap<>(form);
        for (Question question : questions) {
            if (!asksGroup(question)) {
                continue;
            }
            List<String> sent = form.getOrDefault(groupField(question), List.of());
            if (!form.containsKey(groupField(question)) && !form.getOrDefault(question.id(), List.of()).isEmpty()) {
                // A page served before the question had two steps sends the category itself: keep
                // it as it was sent (checked as ever), rather than lose the person's answer.
                continue;
            }
            if (sent.size() > 1) {
                throw new TamperedFormException(question.id() + " group was sent more than once");
            }
            Optional<Group> chosen = first(sent).filter(v -> !v.isBlank()).map(v -> group(v)
                    .orElseThrow(() -> new TamperedFormException("an ethnic group that is not one")));
            String self = PageInput.selfDescriptionField(question);
            translated.put(question.id(), List.of());
            translated.put(self, List.of());
            if (chosen.isEmpty()) {
                continue;
            }
            groups.put(groupField(question), List.of(chosen.get().key()));
            if (chosen.get() == Group.NOT_STATED) {
                translated.put(question.id(), List.of(EthnicCategory.Z.name()));
            } else if (currentGroup(question, answers).equals(chosen)) {
                translated.put(question.id(), answers.getOrDefault(question.id(), List.of()));
                translated.put(self, answers.getOrDefault(self, List.of()));
            }
        }
        return translated;
    }

    /** The question on this page whose second step comes next: a group was chosen that has backgrounds to choose from. */
    static Optional<Question> asked(Page page, Map<String, List<String>> answers) {
        return Visibility.questions(page, answers).stream().filter(EthnicSteps::asksGroup)
                .filter(q -> currentGroup(q, answers).filter(g -> g != Group.NOT_STATED).isPresent()
                        && answers.containsKey(groupField(q)))
                .findFirst();
    }

    /**
     * A question whose second step is still to answer: a group chosen, and neither a background in
     * it nor words of the person's own. Its page is not finished until it is.
     */
    static Optional<Question> pending(Page page, Map<String, List<String>> answers) {
        return Visibility.questions(page, answers).stream().filter(EthnicSteps::asksGroup)
                .filter(q -> first(answers.get(groupField(q))).flatMap(EthnicSteps::group).filter(g -> g != Group.NOT_STATED)
                        .map(g -> first(answers.get(q.id())).flatMap(EthnicCategory::fromCode).map(EthnicCategory::group)
                                .filter(g::equals).isEmpty()
                                && first(answers.get(PageInput.selfDescriptionField(q))).isEmpty())
                        .orElse(false))
                .findFirst();
    }

    /**
     * The second step as sent, checked: a background of the group chosen (anything else is a forged
     * form) or words of the person's own, or both. Nothing at all is an error to show.
     */
    static PageInput.Outcome background(Question question, Group group, Map<String, List<String>> form) {
        PageInput.Outcome outcome = PageInput.check(List.of(question), form);
        first(outcome.values().get(question.id())).filter(code -> !backgrounds(group).contains(code)).ifPresent(code -> {
            throw new TamperedFormException("a background outside the ethnic group chosen");
        });
        if (outcome.valid() && outcome.values().getOrDefault(question.id(), List.of()).isEmpty()
                && outcome.values().getOrDefault(PageInput.selfDescriptionField(question), List.of()).isEmpty()) {
            return new PageInput.Outcome(outcome.values(),
                    List.of(new FieldError(question.id(), "error.ethnicity_background", Map.of())));
        }
        return outcome;
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
