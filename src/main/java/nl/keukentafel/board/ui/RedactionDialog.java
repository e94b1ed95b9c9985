package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.RedactionReview;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.redaction.PiiSpan;
import nl.keukentafel.redaction.PiiType;

/**
 * Where a person decides: a released note's original text with what the redaction step replaces
 * marked, the text as it leaves the table, and the two corrections (keep a marked fragment, or
 * redact one the step missed). Opening it is logged, as is every correction.
 */
class RedactionDialog extends Dialog {

    private final RedactionReview review;
    private final ConversationId conversation;
    private final NoteId note;
    private final Div body = new Div();

    RedactionDialog(RedactionReview review, ConversationId conversation, NoteId note, Runnable onClose) {
        this.review = review;
        this.conversation = conversation;
        this.note = note;
        setHeaderTitle(getTranslation("redaction.review-title"));
        setWidth("min(48rem, 95vw)");
        body.addClassName("redaction-review");
        add(body);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("redaction-close");
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClose.run();
            }
        });
        attempt(() -> review.review(conversation, note, locale()));
    }

    private Locale locale() {
        return getLocale();
    }

    private void attempt(Supplier<RedactionReview.ReviewedNote> action) {
        try {
            show(action.get());
        } catch (UserMessageException refusal) {
            Notifications.error(refusal);
        }
    }

    private void show(RedactionReview.ReviewedNote reviewed) {
        body.removeAll();
        Paragraph original = new Paragraph();
        original.addClassName("redaction-original");
        original.setId("redaction-original");
        List<PiiSpan> ordered = reviewed.spans().stream()
                .sorted(Comparator.comparingInt(PiiSpan::start))
                .toList();
        int at = 0;
        for (PiiSpan span : ordered) {
            if (span.start() < at) {
                continue;
            }
            original.add(new Text(reviewed.original().substring(at, span.start())));
            Span marked = new Span(reviewed.original().substring(span.start(), span.end()));
            marked.addClassName("pii-span");
            marked.getElement().setAttribute("title", getTranslation(typeKey(span.type())));
            original.add(marked);
            at = span.end();
        }
        original.add(new Text(reviewed.original().substring(at)));
        Paragraph released = new Paragraph(reviewed.redacted());
        released.setId("redaction-released");
        released.addClassName("redaction-released");
        body.add(new H3(getTranslation("redaction.original")), original);
        body.add(new H3(getTranslation("redaction.released")), released);

        body.add(new H3(getTranslation("redaction.found")));
        if (ordered.isEmpty()) {
            body.add(new Paragraph(getTranslation("redaction.none-found")));
        } else {
            UnorderedList found = new UnorderedList();
            found.setId("redaction-found");
            for (PiiSpan span : ordered) {
                String fragment = reviewed.original().substring(span.start(), span.end());
                Span label = new Span(fragment + " · " + getTranslation(typeKey(span.type())));
                boolean atTheTable = reviewed.knownNames().stream()
                        .anyMatch(known -> known.start() < span.end() && span.start() < known.end());
                if (atTheTable) {
                    // The names of the people at the table always stay out.
                    found.add(new ListItem(label, new Span(getTranslation("redaction.always"))));
                    continue;
                }
                Button keep = new Button(
                        getTranslation("redaction.keep"),
                        e -> attempt(() -> review.keep(conversation, note, span.start(), span.end(), locale())));
                keep.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                keep.setAriaLabel(getTranslation("redaction.keep-named", fragment));
                keep.setId("redaction-keep-" + span.start());
                found.add(new ListItem(label, keep));
            }
            body.add(found);
        }

        TextField fragment = new TextField(getTranslation("redaction.add-fragment"));
        fragment.setId("redaction-fragment");
        fragment.setWidthFull();
        Select<PiiType> type = new Select<>();
        type.setLabel(getTranslation("redaction.add-type"));
        type.setItems(PiiType.values());
        type.setItemLabelGenerator(t -> getTranslation(typeKey(t)));
        type.setValue(PiiType.PERSON);
        type.setId("redaction-type");
        Button add = new Button(
                getTranslation("redaction.add"),
                e -> attempt(() -> review.redact(conversation, note, fragment.getValue(), type.getValue(), locale())));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("redaction-add");
        Div adding = new Div(fragment, type, add);
        adding.addClassName("redaction-add");
        body.add(new H3(getTranslation("redaction.add-title")), adding);
    }

    private static String typeKey(PiiType type) {
        return "redaction.type." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
