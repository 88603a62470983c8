package chorus.survey;

import java.util.List;

public record Page(String id, String title, String introduction, List<Question> questions, Condition showIf) {
}
