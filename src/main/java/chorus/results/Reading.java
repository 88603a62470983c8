package chorus.results;

import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import chorus.system.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * How the results report reads one survey, from the file {@code results.yml} beside its versions:
 * which questions make the headline measures, which answers count as positive where the question
 * type does not say, and which questions give the age band and disability breakdowns. It says how
 * answers are summed up, not what they mean, so it is not part of a survey version and may change at
 * any time.
 *
 * @param headline question ids, in the order the report shows them first
 * @param positive question id to the answers that count as positive
 * @param leftOut question id to the answers left out of its shares altogether, such as "I did not
 *     need support"
 * @param age the age band question and the band the others are compared with; null for none
 * @param disability the disability question and the answer the others are compared with; null for none
 */
record Reading(List<String> headline, Map<String, Set<String>> positive, Map<String, Set<String>> leftOut, Grouping age,
               Grouping disability) {

    /** A question whose answers divide the respondents, and the answer of the comparison group. */
    record Grouping(String question, String reference) {
    }

    static final Reading NONE = new Reading(List.of(), Map.of(), Map.of(), null, null);

    private static final Set<String> FIELDS = Set.of("headline", "positive", "leave_out", "age_band", "disability");

    Optional<Grouping> grouping(Breakdown breakdown) {
        return Optional.ofNullable(switch (breakdown) {
            case AGE -> age;
            case DISABILITY -> disability;
            default -> null;
        });
    }

    /** The questions that divide respondents rather than being results themselves. */
    Set<String> groupingQuestions() {
        Set<String> ids = new LinkedHashSet<>();
        if (age != null) {
            ids.add(age.question());
        }
        if (disability != null) {
            ids.add(disability.question());
        }
        return ids;
    }

    /** Reads and checks the file against the survey's newest version; problems name the file. */
    static Reading parse(String text, String file, Survey survey, List<String> problems) {
        if (text.isBlank()) {
            return NONE;
        }
        // Read as nodes, as survey files are: every value stays the text written, so no stays "no".
        Node node = YamlNodes.compose(text, file, problems);
        if (node == null) {
            return NONE;
        }
        Object root = plain(node);
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(file + ": expected fields such as \"headline:\" and \"positive:\"");
            return NONE;
        }
        int before = problems.size();
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                problems.add(file + ": unknown field \"" + key + "\" (expected one of " + FIELDS + ")");
            }
        }
        List<String> headline = new ArrayList<>();
        for (String id : strings(map.get("headline"), file, "headline", problems)) {
            if (closed(survey, id, file, "headline", problems) != null) {
                headline.add(id);
            }
        }
        Map<String, Set<String>> positive = answers(map.get("positive"), survey, file, "positive", problems);
        Map<String, Set<String>> leftOut = answers(map.get("leave_out"), survey, file, "leave_out", problems);
        Grouping age = grouping(map.get("age_band"), survey, file, "age_band", problems);
        Grouping disability = grouping(map.get("disability"), survey, file, "disability", problems);
        if (problems.size() > before) {
            return NONE;
        }
        return new Reading(List.copyOf(headline), Map.copyOf(positive), Map.copyOf(leftOut), age, disability);
    }

    /** "question id: [answers]" lines, each answer checked against the question. */
    private static Map<String, Set<String>> answers(Object value, Survey survey, String file, String field, List<String> problems) {
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        if (value == null) {
            return answers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(file + ": \"" + field + "\" holds question ids, each with a list of answers");
            return answers;
        }
        map.forEach((id, values) -> {
            Question question = closed(survey, String.valueOf(id), file, field, problems);
            Set<String> chosen = new LinkedHashSet<>(strings(values, file, field + ": " + id, problems));
            if (question != null) {
                chosen.stream().filter(v -> !question.optionValues().contains(v)).forEach(v -> problems.add(file
                        + ": \"" + v + "\" is not an answer of question \"" + id + "\" (answers: " + question.optionValues() + ")"));
                if (chosen.isEmpty()) {
                    problems.add(file + ": give question \"" + id + "\" at least one answer under \"" + field + "\"");
                }
                answers.put(question.id(), Set.copyOf(chosen));
            }
        });
        return answers;
    }

    private static Grouping grouping(Object value, Survey survey, String file, String field, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("question") instanceof String id)
                || !(map.get("reference") instanceof String reference) || map.size() != 2) {
            problems.add(file + ": \"" + field + "\" needs exactly \"question:\" and \"reference:\"");
            return null;
        }
        Question question = closed(survey, id, file, field, problems);
        if (question == null) {
            return null;
        }
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            problems.add(file + ": \"" + field + "\" needs a question with one answer, and \"" + id + "\" allows several");
            return null;
        }
        if (!question.optionValues().contains(reference)) {
            problems.add(file + ": \"" + reference + "\" is not an answer of question \"" + id + "\"");
            return null;
        }
        return new Grouping(id, reference);
    }

    /** The question if the survey's newest version has it and it has answers to choose from. */
    private static Question closed(Survey survey, String id, String file, String field, List<String> problems) {
        Optional<Question> question = survey.pages().stream().flatMap(p -> p.questions().stream())
                .filter(q -> q.id().equals(id)).findFirst();
        if (question.isEmpty()) {
            problems.add(file + ": \"" + field + "\" names \"" + id + "\", which is not a question of survey \"" + survey.id()
                    + "\" version " + survey.version());
            return null;
        }
        if (Measures.kind(question.get()) == null) {
            problems.add(file + ": \"" + field + "\" names \"" + id + "\", which has no answers to count");
            return null;
        }
        return question.get();
    }

    /** Scalars as their text, sequences as lists, mappings as maps in file order. */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(Reading::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
        }
        return map;
    }

    private static List<String> strings(Object value, String file, String field, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        problems.add(file + ": \"" + field + "\" needs a list of ids, such as [fft, birth_respect]");
        return List.of();
    }
}
