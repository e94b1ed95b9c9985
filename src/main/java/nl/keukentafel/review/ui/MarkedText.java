package nl.keukentafel.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.keukentafel.review.ReleasedNote;

/** A released note's words, with the words that match the search in a {@code <mark>}. */
class MarkedText extends Span {

    MarkedText(List<ReleasedNote.TextPart> parts) {
        addClassName("marked-text");
        for (ReleasedNote.TextPart part : parts) {
            add(part.match() ? new Mark(part.text()) : new Text(part.text()));
        }
    }

    /** The HTML {@code mark} element, which assistive technology can announce as highlighted. */
    @Tag("mark")
    static final class Mark extends HtmlContainer {
        Mark(String text) {
            setText(text);
        }
    }

    /** The HTML {@code blockquote} element, for a note quoted as evidence. */
    @Tag("blockquote")
    static final class Quote extends HtmlContainer {
        Quote(MarkedText text) {
            add(text);
        }
    }
}
