package nl.keukentafel.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.review.Insight;
import nl.keukentafel.review.NoteInContext;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.review.TagChange;

/**
 * One released note in the context of its board: the released notes written just before and after
 * it, still redacted and anonymous; its tags (team members take them off here), the insights it
 * supports and who tagged it when.
 */
class NoteContextDialog extends Dialog {

    private final ReviewService review;
    private final NoteId id;
    private final boolean tags;
    private final Runnable changed;
    private final VerticalLayout content = new VerticalLayout();

    NoteContextDialog(ReviewService review, NoteId id, boolean tags, Runnable changed) {
        this.review = review;
        this.id = id;
        this.tags = tags;
        this.changed = changed;
        addClassName("note-context");
        setWidth("min(56rem, 100%)");
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("context-close");
        getFooter().add(close);
        show(review.context(id, getLocale()));
    }

    private void show(NoteInContext context) {
        ReleasedNote note = context.note();
        setHeaderTitle(note.conversationTitle());
        content.removeAll();
        content.add(new Paragraph(getTranslation(
                "review.context.meta",
                note.municipality() + (note.neighbourhood() == null ? "" : ", " + note.neighbourhood()),
                Dates.date(note.heldOn(), getLocale()))));
        UnorderedList board = new UnorderedList();
        board.addClassName("context-notes");
        board.getElement().setAttribute("aria-label", getTranslation("review.context.board"));
        context.before().forEach(n -> board.add(card(n, false)));
        board.add(card(note, true));
        context.after().forEach(n -> board.add(card(n, false)));
        content.add(new H3(getTranslation("review.context.board")), board);
        content.add(new H3(getTranslation("review.column.tags")), tagList(note));
        content.add(new H3(getTranslation("review.context.insights")), insights(context.insights()));
        Details history = new Details(getTranslation("review.context.history"), history(context.history()));
        history.setId("context-history");
        content.add(history);
    }

    private ListItem card(ReleasedNote note, boolean opened) {
        ListItem item = new ListItem();
        item.addClassName(opened ? "context-note-opened" : "context-note");
        Span meta = new Span(getTranslation(note.role().labelKey()) + " · "
                + getTranslation(note.category().labelKey()));
        meta.addClassName("context-meta");
        item.add(meta, new Div(new MarkedText(note.text())));
        if (opened) {
            item.getElement().setAttribute("aria-current", "true");
            item.setId("context-opened");
        }
        return item;
    }

    private Component tagList(ReleasedNote note) {
        HorizontalLayout list = new HorizontalLayout();
        list.setId("context-tags");
        list.setWrap(true);
        if (note.regulations().isEmpty() && note.effect() == null) {
            list.add(new Span(getTranslation("review.context.no-tags")));
        }
        for (ReleasedNote.Tag tag : note.regulations()) {
            list.add(chip(tag.name(), () -> review.removeRegulation(id, tag.id())));
        }
        if (note.effect() != null) {
            list.add(chip(getTranslation(note.effect().labelKey()), () -> review.clearEffect(id)));
        }
        return list;
    }

    private Component chip(String label, Runnable remove) {
        Span chip = new Span(label);
        chip.addClassName("tag-chip");
        if (tags) {
            Button off = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                if (Notifications.attempt(remove)) {
                    changed.run();
                    show(review.context(id, getLocale()));
                }
            });
            off.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            off.setAriaLabel(getTranslation("review.context.remove-tag", label));
            chip.add(off);
        }
        return chip;
    }

    private Component insights(List<Insight.Summary> insights) {
        if (insights.isEmpty()) {
            return new Span(getTranslation("review.context.no-insights"));
        }
        UnorderedList list = new UnorderedList();
        insights.forEach(i -> list.add(new ListItem(new Anchor(ReviewNavigation.insightLink(i.id()), i.title()))));
        return list;
    }

    private Component history(List<TagChange> changes) {
        if (changes.isEmpty()) {
            return new Span(getTranslation("review.context.no-history"));
        }
        UnorderedList list = new UnorderedList();
        for (TagChange change : changes) {
            String what = change.regulation() != null
                    ? change.regulation()
                    : change.effect() != null ? getTranslation(change.effect().labelKey()) : "";
            list.add(new ListItem(getTranslation(
                    change.action().labelKey(), what, change.actor(), Dates.dateTime(change.at(), getLocale()))));
        }
        return list;
    }
}
