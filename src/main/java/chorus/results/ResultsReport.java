package chorus.results;

import chorus.disclosure.DisclosurePolicies;
import chorus.disclosure.DisclosurePolicy;
import chorus.i18n.Language;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.report.ReportTable;
import chorus.survey.EthnicCategory;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The results of a service-user survey by group: every closed question's share of positive answers
 * (or of each option), for one breakdown of the respondents, with the comparison group's share and
 * the gap to it. Builds the tables; {@link ResultsController} shows them.
 */
@Singleton
class ResultsReport {

    static final String NOT_GIVEN = "not_given";
    static final String OTHER = "other";
    /** The rows of the deprivation breakdown, quintile 1 (most deprived) to 5. */
    private static final List<String> QUINTILES = List.of("results.quintile.most_deprived", "results.quintile.second",
            "results.quintile.third", "results.quintile.fourth", "results.quintile.least_deprived");
    /** The NHS groups other than White, by their row keys, as ethnicRow names them. */
    private static final Map<String, String> ETHNIC_GROUPS = orderedGroups();

    /** A table of the report, and whether it is one of the survey's headline measures. */
    record Part(ReportTable table, boolean headline) {
    }

    /** The groups of one breakdown, how a stored value falls into them, and what the rows are called. */
    record Division(Breakdown breakdown, Text heading, List<ResultsTable.Group> groups, ResultQueries.Grouping grouping) {
    }

    private final ResultQueries queries;
    private final Readings readings;
    private final Translations translations;
    private final DistrictQuintiles deprivation;
    private final DisclosurePolicy policy;

    ResultsReport(ResultQueries queries, Readings readings, Translations translations, DistrictQuintiles deprivation,
                  DisclosurePolicies policies) {
        this.queries = queries;
        this.readings = readings;
        this.translations = translations;
        this.deprivation = deprivation;
        this.policy = policies.serviceUsers();
    }

    int minimum() {
        return policy.minimum();
    }

    /** The breakdowns this survey has the questions for, in the order the page offers them. */
    List<Breakdown> breakdowns(Survey survey) {
        List<Breakdown> offered = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            if (division(survey, breakdown, translations.texts(translations.source())).isPresent()) {
                offered.add(breakdown);
            }
        }
        return offered;
    }

    /** Every table, headline measures first; csvBase ends with "table=". */
    List<Part> parts(Survey survey, ResultQueries.Scope scope, Breakdown breakdown, String csvBase, Texts t) {
        Division division = division(survey, breakdown, t).orElseThrow();
        Reading reading = readings.of(survey);
        List<Measure> measures = Measures.of(survey, reading);
        List<String> questions = measures.stream().map(Measure::questionId).distinct().toList();
        List<String> several = questions.stream().filter(id -> question(survey, id).type() == QuestionType.MULTIPLE_CHOICE).toList();
        Tallies tallies = queries.tallies(scope, questions, division.grouping());
        SurveyTexts texts = translations.surveyTexts(survey, t.language());
        List<Part> parts = new ArrayList<>();
        for (Measure measure : measures) {
            Question question = question(survey, measure.questionId());
            String id = "results-" + measure.id();
            parts.add(new Part(ResultsTable.of(id, caption(measure, question, texts, t), measure, several.contains(question.id()),
                    division.heading(), division.groups(), tallies, policy, csvBase + measure.id(), t), measure.headline()));
        }
        return parts;
    }

    /**
     * Each headline measure's figures for everyone in the scope, as the last row of its table by
     * ethnic group shows them: the board report's summary and trends quote these.
     */
    List<SurveyResults.Figure> headline(Survey survey, ResultQueries.Scope scope, Texts t) {
        Division division = division(survey, Breakdown.ETHNICITY, t).orElseThrow();
        List<Measure> measures = Measures.of(survey, readings.of(survey)).stream().filter(Measure::headline).toList();
        List<String> questions = measures.stream().map(Measure::questionId).distinct().toList();
        List<String> several = questions.stream().filter(id -> question(survey, id).type() == QuestionType.MULTIPLE_CHOICE).toList();
        Tallies tallies = queries.tallies(scope, questions, division.grouping());
        SurveyTexts texts = translations.surveyTexts(survey, t.language());
        List<SurveyResults.Figure> figures = new ArrayList<>();
        for (Measure measure : measures) {
            Question question = question(survey, measure.questionId());
            ResultsTable.Published everyone = ResultsTable.everyone(measure, several.contains(question.id()), division.groups(),
                    tallies, policy);
            figures.add(new SurveyResults.Figure(measure.id(), texts.label(question), everyone.n(),
                    everyone.hasRate() ? everyone.percent() : null, everyone.hasRate() ? everyone.interval() : null));
        }
        return figures;
    }

    /** "Question — share answering A or B" in the reader's language. */
    private static Text caption(Measure measure, Question question, SurveyTexts texts, Texts t) {
        List<String> answers = measure.counted().stream()
                .sorted(java.util.Comparator.comparingInt(question.optionValues()::indexOf))
                .map(v -> texts.option(question, v).value()).toList();
        // Translations are read stripped, so the spaces around "or" are added here (every shipped language spaces its words).
        String joined = String.join(" " + t.ui("results.or").value().strip() + " ", answers);
        String key = measure.option() != null ? "results.caption.option" : "results.caption.positive";
        return t.ui(key, Map.of("question", texts.label(question).value(), "answers", joined));
    }

    Optional<Division> division(Survey survey, Breakdown breakdown, Texts t) {
        Text heading = label(breakdown, t);
        SurveyTexts texts = translations.surveyTexts(survey, t.language());
        return switch (breakdown) {
            case ETHNICITY -> TallyPlan.questionOfType(survey, QuestionType.ETHNICITY).map(q -> new Division(breakdown, heading,
                    ethnicGroups(t), new ResultQueries.Grouping(breakdown, ResultsReport::ethnicRow)));
            case DEPRIVATION -> TallyPlan.questionOfType(survey, QuestionType.POSTCODE_DISTRICT).map(q -> {
                Map<String, Integer> quintiles = deprivation.all();
                Function<String, String> rowOf = district -> {
                    Integer quintile = district == null ? null : quintiles.get(DistrictQuintiles.normalise(district));
                    return quintile == null ? NOT_GIVEN : quintile.toString();
                };
                List<ResultsTable.Group> groups = new ArrayList<>();
                for (int quintile = 1; quintile <= 5; quintile++) {
                    String key = QUINTILES.get(quintile - 1);
                    groups.add(new ResultsTable.Group(Integer.toString(quintile), t.ui(key), quintile == 5, true));
                }
                groups.add(new ResultsTable.Group(NOT_GIVEN, t.ui("results.row.quintile_unknown"), false, false));
                return new Division(breakdown, heading, groups, new ResultQueries.Grouping(breakdown, rowOf));
            });
            case LANGUAGE -> {
                List<Language> languages = translations.languagesOf(survey);
                Set<String> tags = Set.copyOf(languages.stream().map(Language::tag).toList());
                List<ResultsTable.Group> groups = new ArrayList<>();
                for (Language language : languages) {
                    groups.add(new ResultsTable.Group(language.tag(), Text.of(language.name()),
                            language.tag().equals(Language.SOURCE), true));
                }
                groups.add(new ResultsTable.Group(OTHER, t.ui("results.row.language_other"), false, true));
                yield Optional.of(new Division(breakdown, heading, groups,
                        new ResultQueries.Grouping(breakdown, tag -> tags.contains(tag) ? tag : OTHER)));
            }
            case CHANNEL -> Optional.of(new Division(breakdown, heading, List.of(
                    new ResultsTable.Group("ONLINE", t.ui("results.channel.online"), true, true),
                    new ResultsTable.Group("PAPER", t.ui("results.channel.paper"), false, true),
                    new ResultsTable.Group("EVENT", t.ui("results.channel.event"), false, true)),
                    new ResultQueries.Grouping(breakdown, Function.identity())));
            case AGE, DISABILITY -> readings.of(survey).grouping(breakdown).map(grouping -> {
                Question question = question(survey, grouping.question());
                List<ResultsTable.Group> groups = new ArrayList<>();
                for (String value : question.optionValues()) {
                    // "Prefer not to say" is not a group to compare, like "not stated".
                    groups.add(new ResultsTable.Group(value, texts.option(question, value), value.equals(grouping.reference()),
                            !value.startsWith("prefer_not")));
                }
                groups.add(new ResultsTable.Group(NOT_GIVEN, t.ui("results.row.not_given"), false, false));
                Set<String> values = Set.copyOf(question.optionValues());
                return new Division(breakdown, heading, groups, new ResultQueries.Grouping(breakdown,
                        v -> v != null && values.contains(v) ? v : NOT_GIVEN));
            });
        };
    }

    static Text label(Breakdown breakdown, Texts t) {
        String key = breakdown.labelKey();
        return t.ui(key);
    }

    /** White British (the comparison group), the rest of White, the other four NHS groups, and not stated. */
    private static List<ResultsTable.Group> ethnicGroups(Texts t) {
        List<ResultsTable.Group> groups = new ArrayList<>();
        groups.add(new ResultsTable.Group("white_british", t.ui("results.ethnic.white_british"), true, true));
        groups.add(new ResultsTable.Group("white_other", t.ui("results.ethnic.white_other"), false, true));
        ETHNIC_GROUPS.forEach((group, key) -> groups.add(new ResultsTable.Group(group, t.ui(key), false, true)));
        groups.add(new ResultsTable.Group(NOT_GIVEN, t.ui("results.ethnic.not_stated"), false, false));
        return groups;
    }

    static String ethnicRow(String code) {
        return EthnicCategory.reportRow(code, NOT_GIVEN);
    }

    private static Map<String, String> orderedGroups() {
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        groups.put("mixed", "results.ethnic.mixed");
        groups.put("asian", "results.ethnic.asian");
        groups.put("black", "results.ethnic.black");
        groups.put("other", "results.ethnic.other");
        return java.util.Collections.unmodifiableMap(groups);
    }

    private static Question question(Survey survey, String id) {
        return TallyPlan.question(survey, id).orElseThrow();
    }
}
