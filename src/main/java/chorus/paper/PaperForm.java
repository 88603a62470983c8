package chorus.paper;

import chorus.answer.PageViews;
import chorus.answer.PageViews.QuestionView;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.survey.Condition;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.web.RunByView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A survey laid out for paper: questions numbered across the whole survey, and every show_if
 * turned into an instruction in words, since paper cannot hide a page. Public for data entry,
 * which keys returned forms in by the same question numbers and form code.
 */
public final class PaperForm {

    /** Writing lines for a long answer; a short one gets a single line. */
    static final int LONG_TEXT_LINES = 5;
    static final int POSTCODE_DISTRICT_BOXES = 4;
    static final String LARGE = "large";
    private static final String CODE_SEPARATOR = " \u00b7 ";

    record PaperQuestion(int number, QuestionView view, Text instruction, Text skip, int boxes, int lines) {
    }

    record PaperPage(Text title, Text introduction, Text skip, List<PaperQuestion> questions) {
    }

    /**
     * A form as printed: its title, introduction, pages and code. A slip printed for a listening event
     * ({@code eventReference} set) also asks to be handed back to the MVP volunteer.
     */
    public record Printed(Text surveyTitle, Text introduction, List<PaperPage> pages, String formCode, boolean large,
                          boolean handBack, Texts texts, RunByView runBy) {
    }

    private PaperForm() {
    }

    /** {@code today}: what the form says of the closing date depends on the day it is printed. */
    public static Printed printed(Survey survey, SurveyTexts texts, boolean large, String eventReference, LocalDate today) {
        return new Printed(texts.title(), texts.introduction(), pages(survey, texts),
                formCode(survey, texts.language().tag(), large, eventReference), large, eventReference != null, texts.ui(),
                RunByView.of(survey, texts, today));
    }

    /** Question id to the number printed beside it: numbered across the whole survey, from 1. */
    public static Map<String, Integer> numbers(Survey survey) {
        Map<String, Integer> numbers = new HashMap<>();
        int next = 1;
        for (Question q : survey.questions().toList()) {
            numbers.put(q.id(), next++);
        }
        return numbers;
    }

    /**
     * The code printed at the foot of every page, e.g. "maternity-experience v1 · bn": which survey,
     * version and language the form is, so a form keyed against the wrong one can be caught.
     */
    /** The code printed on every page: survey, version, language, large print, and the listening event of a slip. */
    public static String formCode(Survey survey, String languageTag, boolean large, String eventReference) {
        return survey.id() + " v" + survey.version() + CODE_SEPARATOR + languageTag + (large ? CODE_SEPARATOR + LARGE : "")
                + (eventReference == null ? "" : CODE_SEPARATOR + eventReference);
    }

    /**
     * Whether a form code as typed from paper is this survey, version and language. The middle dot
     * is hard to type, so any spaces, dots or middle dots separate the parts, in any case; the
     * large-print marker and a slip's event reference may follow, since they ask the same questions
     * (the batch, not the code, says which event keyed slips belong to).
     */
    public static boolean codeMatches(String typed, Survey survey, String languageTag) {
        if (typed == null) {
            return false;
        }
        List<String> parts = List.of(typed.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\u00b7.]+"));
        List<String> expected = List.of(survey.id().toLowerCase(java.util.Locale.ROOT), "v" + survey.version(),
                languageTag.toLowerCase(java.util.Locale.ROOT));
        if (parts.size() < expected.size() || !parts.subList(0, expected.size()).equals(expected)) {
            return false;
        }
        List<String> rest = new ArrayList<>(parts.subList(expected.size(), parts.size()));
        rest.remove(LARGE);
        return rest.size() <= 1 && rest.stream().allMatch(r -> r.matches("[a-z0-9]{4,12}"));
    }

    static List<PaperPage> pages(Survey survey, SurveyTexts texts) {
        Map<String, Integer> numbers = numbers(survey);
        List<PaperPage> pages = new ArrayList<>();
        List<Page> all = survey.pages();
        for (int i = 0; i < all.size(); i++) {
            Page page = all.get(i);
            List<QuestionView> views = PageViews.questions(page.questions(), texts, Map.of(), List.of());
            List<PaperQuestion> questions = new ArrayList<>();
            for (int j = 0; j < page.questions().size(); j++) {
                Question q = page.questions().get(j);
                int number = numbers.get(q.id());
                Text skip = q.showIf() == null ? null
                        : skip(survey, texts, q.showIf(), numbers, number, number, nextQuestionAfter(page, j, all, i, numbers));
                questions.add(new PaperQuestion(number, views.get(j), instruction(q.type(), texts.ui()), skip, boxes(q), lines(q)));
            }
            Text pageSkip = null;
            if (page.showIf() != null && !page.questions().isEmpty()) {
                pageSkip = skip(survey, texts, page.showIf(), numbers, questions.get(0).number(),
                        questions.get(questions.size() - 1).number(), nextQuestionAfterPages(all, i, numbers));
            }
            pages.add(new PaperPage(texts.pageTitle(page), texts.pageIntroduction(page), pageSkip, questions));
        }
        return pages;
    }

    /**
     * "Answer questions 5 to 7 only if you answered 'A' or 'B' to question 2. Otherwise, go to question 8."
     * Where to go skips the following pages that have the same condition, since they are skipped too.
     */
    private static Text skip(Survey survey, SurveyTexts texts, Condition condition, Map<String, Integer> numbers,
                             int from, int to, Integer next) {
        Texts ui = texts.ui();
        Question asked = survey.question(condition.questionId()).orElseThrow();
        List<String> answers = new ArrayList<>();
        boolean english = false;
        for (String value : asked.optionValues()) {
            if (condition.anyOf().contains(value)) {
                Text label = texts.option(asked, value);
                english |= label.lang() != null;
                answers.add(ui.ui("paper.skip.answer", Map.of("answer", label.value())).value());
            }
        }
        String separator = " " + ui.ui("paper.skip.or").value() + " ";
        // Question numbers as text: they must read as printed beside the questions (0-9 in every
        // language), as the keyer finds questions by them.
        Map<String, Object> values = Map.of("from", String.valueOf(from), "to", String.valueOf(to),
                "answers", String.join(separator, answers), "question", String.valueOf(numbers.get(asked.id())));
        Text when = from == to ? ui.ui("paper.skip.one_question", values) : ui.ui("paper.skip.questions", values);
        Text otherwise = next == null ? ui.ui("paper.skip.otherwise_end")
                : ui.ui("paper.skip.otherwise", Map.of("next", String.valueOf(next)));
        // Some of it fell back to English: the whole sentence is marked so, as it cannot be marked in parts.
        String lang = english || when.lang() != null || otherwise.lang() != null ? "en" : null;
        return new Text(when.value() + " " + otherwise.value(), lang);
    }

    private static Integer nextQuestionAfterPages(List<Page> pages, int index, Map<String, Integer> numbers) {
        Condition condition = pages.get(index).showIf();
        for (int i = index + 1; i < pages.size(); i++) {
            if (!Objects.equals(pages.get(i).showIf(), condition) && !pages.get(i).questions().isEmpty()) {
                return numbers.get(pages.get(i).questions().get(0).id());
            }
        }
        return null;
    }

    private static Integer nextQuestionAfter(Page page, int questionIndex, List<Page> pages, int pageIndex, Map<String, Integer> numbers) {
        if (questionIndex + 1 < page.questions().size()) {
            return numbers.get(page.questions().get(questionIndex + 1).id());
        }
        for (int i = pageIndex + 1; i < pages.size(); i++) {
            if (!pages.get(i).questions().isEmpty()) {
                return numbers.get(pages.get(i).questions().get(0).id());
            }
        }
        return null;
    }

    private static Text instruction(QuestionType type, Texts ui) {
        if (type == QuestionType.CONSENT) {
            return ui.ui("paper.tick_box");
        }
        if (type.isMultiple()) {
            return ui.ui("paper.tick_all");
        }
        return type.isChoice() ? ui.ui("paper.tick_one") : null;
    }

    /** One box per character: as many digits as the largest number allowed, or a postcode district's four. */
    private static int boxes(Question q) {
        if (q.type() == QuestionType.POSTCODE_DISTRICT) {
            return POSTCODE_DISTRICT_BOXES;
        }
        if (q.type() == QuestionType.NUMBER) {
            return q.max() == null ? 3 : String.valueOf(Math.abs(q.max())).length();
        }
        return 0;
    }

    private static int lines(Question q) {
        if (q.type() == QuestionType.LONG_TEXT) {
            return LONG_TEXT_LINES;
        }
        return q.type() == QuestionType.SHORT_TEXT ? 1 : 0;
    }
}
