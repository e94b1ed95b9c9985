package nl.keukentafel.report;

import java.util.List;
import java.util.Set;
import nl.keukentafel.base.TextInput;

/**
 * One case for education: its title, the notes (with case-bundle consent) that tell the situation
 * in residents' words, the insights it draws on, what happened in the author's words, the questions
 * for students (one per line), and the words the check found that the author said are not personal.
 */
public record CaseDraft(
        String title,
        String whatHappened,
        String questions,
        List<Long> notes,
        List<Long> insights,
        Set<String> dismissed) {

    public static final int MAX_TEXT = 8000;
    public static final int MAX_QUESTIONS = 4000;

    public CaseDraft {
        title = TextInput.line(title).strip();
        whatHappened = TextInput.text(whatHappened).strip();
        questions = TextInput.text(questions).strip();
        notes = List.copyOf(notes);
        insights = List.copyOf(insights);
        dismissed = Set.copyOf(dismissed);
    }

    /** The questions for students, one per non-empty line. */
    public List<String> questionList() {
        return questions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public CaseDraft withDismissed(Set<String> words) {
        return new CaseDraft(title, whatHappened, questions, notes, insights, words);
    }
}
