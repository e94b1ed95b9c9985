package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's tools under one column's header: silent writing in this column, showing what
 * waits there, a new group, and the column's groups as chips. A card dropped on a chip goes into
 * that group (Vaadin's drag and drop); the card's own menu does the same by keyboard or touch.
 */
class ColumnTools extends Div {

    private final FacilitationService facilitation;
    private final ConversationId id;
    private final Category category;
    private final String columnName;
    private final Supplier<@Nullable BoardContent> current;
    private final Checkbox silent = new Checkbox();
    private final Button reveal = new Button();
    private final Div groups = new Div();
    private List<BoardContent.Group> shownGroups = List.of();

    ColumnTools(
            FacilitationService facilitation,
            ConversationId id,
            Category category,
            Supplier<@Nullable BoardContent> current) {
        this.facilitation = facilitation;
        this.id = id;
        this.category = category;
        this.current = current;
        this.columnName = getTranslation(category.labelKey());
        addClassName("fac-column-tools");
        silent.setLabel(getTranslation("fac.silent"));
        silent.setAriaLabel(getTranslation("fac.silent.label", columnName));
        silent.setId("silent-" + category.key());
        silent.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<Category> now = FacilitationBar.silentNow(current.get());
                if (e.getValue()) {
                    now.add(category);
                } else {
                    now.remove(category);
                }
                Notifications.attempt(() -> facilitation.setSilent(id, now));
            }
        });
        reveal.setId("reveal-" + category.key());
        reveal.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        reveal.addClickListener(e -> Notifications.attempt(() -> facilitation.reveal(id, category)));
        reveal.setVisible(false);
        Button newGroup = new Button(getTranslation("fac.group.new"), e -> newGroup());
        newGroup.setId("new-group-" + category.key());
        newGroup.setIcon(VaadinIcon.PLUS.create());
        newGroup.setAriaLabel(getTranslation("fac.group.new.label", columnName));
        newGroup.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Div row = new Div(silent, reveal, newGroup);
        row.addClassName("fac-column-row");
        groups.addClassName("fac-groups");
        groups.getElement().setAttribute("role", "list");
        groups.getElement().setAttribute("aria-label", getTranslation("fac.groups.label", columnName));
        add(row, groups);
    }

    void show(BoardContent view) {
        if (isVisible() == view.isClosed()) {
            setVisible(!view.isClosed());
        }
        if (view.isClosed()) {
            return;
        }
        BoardContent.Facilitation stage = view.facilitation();
        boolean isSilent = stage.silentCategories().contains(category);
        if (silent.getValue() != isSilent) {
            silent.setValue(isSilent);
        }
        int waiting = stage.silentCounts().getOrDefault(category, 0);
        reveal.setVisible(waiting > 0);
        Texts.update(reveal, getTranslation("fac.reveal", waiting));
        reveal.setAriaLabel(getTranslation("fac.reveal.label", waiting, columnName));
        List<BoardContent.Group> inColumn = stage.groups().stream()
                .filter(group -> group.category().equals(category))
                .toList();
        if (!inColumn.equals(shownGroups)) {
            shownGroups = inColumn;
            groups.removeAll();
            inColumn.forEach(group -> groups.add(chip(group)));
            groups.setVisible(!inColumn.isEmpty());
        }
    }

    /** Starts a group in this column; with {@code note}, puts that note in it too. */
    void newGroup(BoardContent.@Nullable Card note) {
        new GroupDialog(getTranslation("fac.group.dialog.new", columnName), "", name -> {
                    long group = facilitation.createGroup(id, category, name);
                    if (note != null) {
                        facilitation.moveToGroup(id, note.id(), group);
                    }
                })
                .open();
    }

    private void newGroup() {
        newGroup(null);
    }

    private Div chip(BoardContent.Group group) {
        Span name = new Span(group.name());
        name.addClassName("fac-group-name");
        Button rename = new Button(
                VaadinIcon.EDIT.create(),
                e -> new GroupDialog(
                                getTranslation("fac.group.dialog.rename"),
                                group.name(),
                                text -> facilitation.renameGroup(id, group.id(), text))
                        .open());
        rename.setId("rename-group-" + group.id());
        rename.setAriaLabel(getTranslation("fac.group.rename.label", group.name()));
        rename.setTooltipText(getTranslation("fac.group.rename.label", group.name()));
        rename.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            if (Notifications.attempt(() -> facilitation.removeGroup(id, group.id()))) {
                Notifications.success(this, "fac.group.removed", group.name());
            }
        });
        remove.setId("remove-group-" + group.id());
        remove.setAriaLabel(getTranslation("fac.group.remove.label", group.name()));
        remove.setTooltipText(getTranslation("fac.group.remove.label", group.name()));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        Div chip = new Div(name, rename, remove);
        chip.addClassName("fac-group");
        chip.setId("group-" + group.id());
        chip.getElement().setAttribute("role", "listitem");
        chip.getElement().setAttribute("title", getTranslation("fac.group.drop", group.name()));
        DropTarget<Div> target = DropTarget.create(chip);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragSourceComponent()
                .filter(NoteCardView.class::isInstance)
                .map(source -> ((NoteCardView) source).card())
                .filter(card -> card.category().equals(category))
                .ifPresent(card -> Notifications.attempt(() -> facilitation.moveToGroup(id, card.id(), group.id()))));
        return chip;
    }
}
