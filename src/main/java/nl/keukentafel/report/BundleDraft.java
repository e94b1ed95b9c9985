package nl.keukentafel.report;

import java.util.Locale;
import java.util.Set;
import nl.keukentafel.base.TextInput;

/**
 * What the team writes for a casuïstiekbundel as a whole: its title and subtitle, an introduction
 * before the fixed explanation of how the cases were gathered and anonymised, its language, and the
 * words the check found that they said are not personal details.
 */
public record BundleDraft(String title, String subtitle, String introduction, Locale language, Set<String> dismissed) {

    public BundleDraft {
        title = TextInput.line(title).strip();
        subtitle = TextInput.line(subtitle).strip();
        introduction = TextInput.text(introduction).strip();
        language = Locale.of(language.getLanguage());
        dismissed = Set.copyOf(dismissed);
    }
}
