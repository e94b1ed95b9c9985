package nl.keukentafel.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.Optional;
import nl.keukentafel.base.ui.FormDialog;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import org.jspecify.annotations.Nullable;

/** One kind of reference data: a list with add, rename, deactivate and reactivate. */
class ReferencePanel extends VerticalLayout {

    private final ReferenceDataService service;
    private final ReferenceKind kind;
    private final Grid<ReferenceItem> grid = new Grid<>(ReferenceItem.class, false);

    ReferencePanel(ReferenceDataService service, ReferenceKind kind) {
        this.service = service;
        this.kind = kind;
        setPadding(false);
        Button add = new Button(
                getTranslation("reference.add", getTranslation(kind.labelKey())),
                VaadinIcon.PLUS.create(),
                e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-" + kind.name().toLowerCase(java.util.Locale.ROOT));

        grid.addColumn(ReferenceItem::name)
                .setHeader(getTranslation("reference.name"))
                .setKey("name");
        if (parentKind().isPresent()) {
            grid.addColumn(i -> Objects.requireNonNullElse(i.parentName(), ""))
                    .setHeader(getTranslation(parentKind().get().labelKey()))
                    .setKey("parent");
        }
        if (kind.hasDescription()) {
            grid.addColumn(ReferenceItem::description)
                    .setHeader(getTranslation("reference.description"))
                    .setKey("description");
        }
        grid.addColumn(i -> getTranslation(i.active() ? "reference.active" : "reference.inactive"))
                .setHeader(getTranslation("reference.status"))
                .setKey("status");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("reference.actions"))
                .setKey("actions");
        grid.setAriaLabel(getTranslation(kind.labelKey()));
        add(add, grid);
        refresh();
    }

    private Optional<ReferenceKind> parentKind() {
        return switch (kind) {
            case THEME -> Optional.of(ReferenceKind.WERKTEAM);
            case NEIGHBOURHOOD -> Optional.of(ReferenceKind.MUNICIPALITY);
            default -> Optional.empty();
        };
    }

    private void refresh() {
        grid.setItems(service.list(kind));
    }

    private HorizontalLayout actions(ReferenceItem item) {
        Button edit = new Button(getTranslation("reference.rename"), e -> openEditor(item));
        Button toggle = new Button(
                getTranslation(item.active() ? "reference.deactivate" : "reference.activate"),
                e -> run(
                        () -> service.setActive(kind, item.id(), !item.active()),
                        item.active() ? "reference.deactivated" : "reference.activated"));
        edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    private void run(Runnable action, String successKey) {
        if (Notifications.attempt(action)) {
            Notifications.success(this, successKey);
            refresh();
        }
    }

    private void openEditor(@Nullable ReferenceItem existing) {
        TextField name = new TextField(getTranslation("reference.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.setId("reference-name");
        TextArea description = new TextArea(getTranslation("reference.description"));
        description.setMaxLength(1000);
        description.setId("reference-description");
        ComboBox<ReferenceItem> parent = new ComboBox<>();
        parentKind().ifPresent(p -> {
            parent.setLabel(getTranslation(p.labelKey()));
            parent.setItems(service.listActive(p));
            parent.setItemLabelGenerator(ReferenceItem::name);
            parent.setRequired(kind == ReferenceKind.NEIGHBOURHOOD);
            parent.setId("reference-parent");
        });
        FormLayout form = new FormLayout(name);
        if (kind.hasDescription()) {
            form.add(description);
        }
        if (existing == null && parentKind().isPresent()) {
            form.add(parent);
        }
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
        }
        FormDialog.open(
                getTranslation(
                        existing == null ? "reference.add" : "reference.rename-title", getTranslation(kind.labelKey())),
                form,
                getTranslation("action.save"),
                "save-reference",
                () -> {
                    if (existing == null) {
                        Long parentId = parent.getValue() == null
                                ? null
                                : parent.getValue().id();
                        service.add(kind, name.getValue(), description.getValue(), parentId);
                    } else {
                        service.rename(kind, existing.id(), name.getValue(), description.getValue());
                    }
                    return getTranslation("reference.saved");
                },
                this::refresh);
    }
}
