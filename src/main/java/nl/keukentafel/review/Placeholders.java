package nl.keukentafel.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.Translations;
import nl.keukentafel.redaction.PiiType;
import org.springframework.stereotype.Component;

/**
 * Released notes are stored with Dutch placeholders ({@code [naam]}); a reader in another language
 * sees that language's placeholders ({@code [name]}).
 */
@Component
public class Placeholders {

    private final Translations translations;

    Placeholders(Translations translations) {
        this.translations = translations;
    }

    ReleasedNote localize(ReleasedNote note, Locale locale) {
        if (Languages.supported(locale).getLanguage().equals(Languages.DUTCH.getLanguage())) {
            return note;
        }
        List<ReleasedNote.TextPart> parts = new ArrayList<>(note.text().size());
        for (ReleasedNote.TextPart part : note.text()) {
            parts.add(new ReleasedNote.TextPart(localize(part.text(), locale), part.match()));
        }
        return new ReleasedNote(
                note.id(),
                note.conversationId(),
                note.conversationTitle(),
                List.copyOf(parts),
                note.role(),
                note.category(),
                note.municipality(),
                note.neighbourhood(),
                note.heldOn(),
                note.regulations(),
                note.effect(),
                note.insights());
    }

    /** A released text with its Dutch placeholders in {@code locale}'s language. */
    public String localize(String text, Locale locale) {
        if (Languages.supported(locale).getLanguage().equals(Languages.DUTCH.getLanguage())) {
            return text;
        }
        String out = text;
        for (PiiType type : PiiType.values()) {
            out = out.replace(
                    translations.getTranslation(type.placeholderKey(), Languages.DUTCH),
                    translations.getTranslation(type.placeholderKey(), locale));
        }
        return out;
    }
}
