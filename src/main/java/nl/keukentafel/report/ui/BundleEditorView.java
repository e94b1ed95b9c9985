package nl.keukentafel.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.BackgroundDownload;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.report.Bundle;
import nl.keukentafel.report.BundleDraft;
import nl.keukentafel.report.BundlePreview;
import nl.keukentafel.report.BundleService;
import nl.keukentafel.report.Export;
import nl.keukentafel.report.ReportDraft;
import nl.keukentafel.report.ReportPreview;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Builds a casuïstiekbundel: its title, subtitle, language and introduction, and its cases in order,
 * each written in a {@link CaseDialog}; beside it the bundle as it will print. Each case shows what
 * still stands in the way of an export.
 */
@Route("bundles/new")
@RouteAlias("bundles/:" + BundleEditorView.ID + "([0-9]{1,18})")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class BundleEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final BundleService bundles;
    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final TextArea introduction = new TextArea();
    private final FindingsPanel findings;
    private final OrderedList cases = new OrderedList();
    private final Button addCase = new Button();
    private final Div exports = new Div();
    private final Button delete = new Button();
    private final PreviewFrame preview = new PreviewFrame("bundle-preview");
    private final Span previewStatus = new Span();
    private Set<String> dismissed = new HashSet<>();
    private @Nullable Bundle bundle;

    BundleEditorView(BundleService bundles) {
        this.bundles = bundles;
        addClassName("report-editor");
        findings = new FindingsPanel("bundle-findings", this::replace, this::dismiss);
        title.setLabel(getTranslation("bundle.field.title"));
        title.setRequired(true);
        title.setMaxLength(ReportDraft.MAX_TITLE);
        title.setWidthFull();
        title.setId("bundle-title");
        subtitle.setLabel(getTranslation("bundle.field.subtitle"));
        subtitle.setHelperText(getTranslation("bundle.field.subtitle.help"));
        subtitle.setMaxLength(ReportDraft.MAX_TITLE);
        subtitle.setWidthFull();
        subtitle.setId("bundle-subtitle");
        language.setLabel(getTranslation("report.field.language"));
        language.setItems(Languages.DUTCH, Languages.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("report.language." + l.getLanguage()));
        language.setValue(Languages.DUTCH);
        language.setId("bundle-language");
        introduction.setLabel(getTranslation("bundle.field.introduction"));
        introduction.setHelperText(getTranslation("bundle.field.introduction.help"));
        introduction.setMaxLength(ReportDraft.MAX_TEXT);
        introduction.setWidthFull();
        introduction.setMinHeight("7rem");
        introduction.setId("bundle-introduction");
        for (var field : List.of(title, subtitle)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> check());
        }
        introduction.setValueChangeMode(ValueChangeMode.LAZY);
        introduction.setValueChangeTimeout(800);
        introduction.addValueChangeListener(e -> check());

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("bundle-save");
        delete.setText(getTranslation("bundle.delete"));
        delete.setId("bundle-delete");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        addCase.setText(getTranslation("bundle.case.new"));
        addCase.setId("bundle-add-case");
        addCase.addClickListener(e -> openCase(null));
        cases.addClassName("bundle-cases");
        cases.setId("bundle-cases");
        exports.addClassName("report-exports");
        exports.setId("bundle-exports");

        Div form = new Div(
                heading,
                title,
                subtitle,
                language,
                introduction,
                findings,
                new HorizontalLayout(save, delete),
                new H2(getTranslation("bundle.cases")),
                new Paragraph(getTranslation("bundle.cases.help")),
                addCase,
                cases,
                new H2(getTranslation("report.downloads")),
                exports);
        form.addClassName("report-form");
        previewStatus.setId("bundle-preview-status");
        previewStatus.addClassName("report-preview-status");
        previewStatus.getElement().setAttribute("aria-live", "polite");
        Div previewPane = new Div(new H2(getTranslation("report.preview")), previewStatus, preview);
        previewPane.addClassName("report-preview-pane");
        add(form, previewPane);
    }

    static String link(long id) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(BundleEditorView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ID);
        try {
            if (id.isPresent()) {
                load(Long.parseLong(id.get()));
            } else {
                bundle = null;
                heading.setText(getTranslation("bundle.new"));
                show();
            }
        } catch (UserMessageException refusal) {
            Notifications.error(refusal);
            event.forwardTo(ReportsView.class);
        }
    }

    private void load(long id) {
        Bundle loaded = bundles.get(id);
        bundle = loaded;
        BundleDraft draft = loaded.draft();
        heading.setText(draft.title());
        title.setValue(draft.title());
        subtitle.setValue(draft.subtitle());
        language.setValue(draft.language().getLanguage().equals("en") ? Languages.ENGLISH : Languages.DUTCH);
        introduction.setValue(draft.introduction());
        dismissed = new HashSet<>(draft.dismissed());
        show();
    }

    private BundleDraft draft() {
        return new BundleDraft(
                title.getValue().strip(),
                subtitle.getValue().strip(),
                introduction.getValue().strip(),
                language.getValue() == null ? Languages.DUTCH : language.getValue(),
                dismissed);
    }

    private void check() {
        findings.show(bundles.check(draft()));
    }

    /** Shows the saved bundle: its cases with their state, the downloads and the preview. */
    private void show() {
        cases.removeAll();
        exports.removeAll();
        Bundle current = bundle;
        addCase.setEnabled(current != null);
        delete.setVisible(current != null);
        check();
        if (current == null) {
            cases.add(new ListItem(getTranslation("bundle.save-first")));
            exports.add(new Paragraph(getTranslation("report.downloads.save-first")));
            previewStatus.setText(getTranslation("bundle.save-first"));
            return;
        }
        BundlePreview result = bundles.preview(current.id());
        Map<Long, BundlePreview.CaseCheck> checks =
                result.cases().stream().collect(Collectors.toMap(BundlePreview.CaseCheck::caseId, c -> c));
        int at = 0;
        for (Bundle.Case c : current.cases()) {
            at++;
            cases.add(caseItem(c, checks.get(c.id()), at, current.cases().size()));
        }
        if (current.cases().isEmpty()) {
            cases.add(new ListItem(getTranslation("bundle.no-cases")));
        }
        preview.show(result.html());
        previewStatus.setText(
                result.ready()
                        ? getTranslation("bundle.ready", current.cases().size())
                        : getTranslation("bundle.not-ready"));
        exports.add(new HorizontalLayout(
                download("bundle-pdf", "report.download.pdf", Export.Format.PDF),
                download("bundle-markdown", "report.download.markdown", Export.Format.MARKDOWN)));
    }

    private ListItem caseItem(Bundle.Case c, BundlePreview.@Nullable CaseCheck check, int position, int count) {
        H3 name = new H3(c.draft().title());
        Paragraph facts = new Paragraph(getTranslation(
                "bundle.case.facts",
                c.draft().notes().size(),
                c.draft().questionList().size()));
        Span state = new Span();
        state.addClassName("bundle-case-state");
        if (check == null || check.ready()) {
            state.setText(getTranslation("bundle.case.ready"));
            state.addClassName("ready");
        } else if (!check.findings().isEmpty()) {
            state.setText(
                    getTranslation("bundle.case.findings", check.findings().size()));
            state.addClassName("report-needs-update");
        } else {
            state.setText(getTranslation("bundle.case.lost-notes", check.notReleased()));
            state.addClassName("report-needs-update");
        }
        Button edit = new Button(getTranslation("bundle.case.edit"), e -> openCase(c));
        edit.setId("case-edit-" + position);
        Button up = new Button(getTranslation("bundle.case.up"), e -> move(c, -1));
        up.setEnabled(position > 1);
        up.setId("case-up-" + position);
        Button down = new Button(getTranslation("bundle.case.down"), e -> move(c, 1));
        down.setEnabled(position < count);
        down.setId("case-down-" + position);
        Button remove = new Button(
                getTranslation("bundle.case.remove"),
                e -> Confirmations.confirmDestructive(
                        getTranslation("bundle.case.remove.title", c.draft().title()),
                        getTranslation("bundle.case.remove.explanation"),
                        getTranslation("bundle.case.remove"),
                        () -> Notifications.attempt(() -> {
                            bundles.removeCase(c.id());
                            reload();
                        })));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setId("case-remove-" + position);
        for (Button b : List.of(edit, up, down, remove)) {
            b.addThemeVariants(ButtonVariant.SMALL);
            b.getElement()
                    .setAttribute("aria-label", b.getText() + ": " + c.draft().title());
        }
        ListItem item = new ListItem(name, facts, state, new HorizontalLayout(edit, up, down, remove));
        item.addClassName("bundle-case");
        item.setId("bundle-case-" + position);
        return item;
    }

    private void move(Bundle.Case c, int direction) {
        Notifications.attempt(() -> {
            bundles.moveCase(c.id(), direction);
            reload();
        });
    }

    private void openCase(Bundle.@Nullable Case c) {
        Bundle current = bundle;
        if (current == null) {
            return;
        }
        new CaseDialog(bundles, current.id(), c, current.draft().language(), this::reload).open();
    }

    private void reload() {
        Bundle current = bundle;
        if (current != null) {
            load(current.id());
        }
    }

    private boolean save() {
        return Notifications.attempt(() -> {
            Bundle current = bundle;
            if (current == null) {
                long id = bundles.create(draft());
                Notifications.success(getTranslation("bundle.saved"));
                getUI().ifPresent(ui -> ui.navigate(link(id)));
            } else {
                bundles.update(current.id(), current.version(), draft());
                load(current.id());
                Notifications.success(getTranslation("bundle.saved"));
            }
        });
    }

    private void confirmDelete() {
        Bundle current = bundle;
        if (current == null) {
            return;
        }
        Confirmations.confirmDestructive(
                getTranslation("bundle.delete.title"),
                getTranslation("bundle.delete.explanation"),
                getTranslation("bundle.delete"),
                () -> Notifications.attempt(() -> {
                    bundles.delete(current.id());
                    getUI().ifPresent(ui -> ui.navigate(ReportsView.class));
                }));
    }

    private BackgroundDownload download(String id, String label, Export.Format format) {
        return new BackgroundDownload(getTranslation(label), id, () -> prepare(format));
    }

    /**
     * Saves unsaved changes first, so the bundle downloaded is the one on screen; the downloads stay
     * where they are (the one clicked shows its file).
     */
    private Supplier<BackgroundDownload.File> prepare(Export.Format format) {
        Bundle current = bundle;
        BundleDraft draft = draft();
        boolean saved = current != null
                && (draft.equals(current.draft())
                        || Notifications.attempt(() -> {
                            bundles.update(current.id(), current.version(), draft);
                            bundle = bundles.get(current.id());
                            heading.setText(draft.title());
                        }));
        if (!saved) {
            return () -> {
                throw new UserMessageException("report.error.not-saved");
            };
        }
        long id = current.id();
        return () -> ReportEditorView.file(bundles.export(id, format));
    }

    private void replace(ReportPreview.Finding finding) {
        switch (finding.field()) {
            case "title" -> title.setValue(title.getValue().replace(finding.words(), finding.placeholder()));
            case "subtitle" -> subtitle.setValue(subtitle.getValue().replace(finding.words(), finding.placeholder()));
            case "introduction" ->
                introduction.setValue(introduction.getValue().replace(finding.words(), finding.placeholder()));
            default -> {}
        }
        check();
    }

    private void dismiss(ReportPreview.Finding finding) {
        dismissed.add(finding.words());
        check();
    }

    @Override
    public String getPageTitle() {
        return (bundle == null ? getTranslation("bundle.new") : heading.getText()) + " · " + getTranslation("app.name");
    }
}
