package nl.keukentafel.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.report.Bundle;
import nl.keukentafel.report.BundleService;
import nl.keukentafel.report.CaseDraft;
import nl.keukentafel.report.ReportDraft;
import nl.keukentafel.report.ReportPreview;
import nl.keukentafel.report.SourceNote;
import org.jspecify.annotations.Nullable;

/**
 * Writes one case: its title, the notes (only those whose authors allowed the case bundle) that
 * tell the situation in residents' words, the insights it draws on, what happened, and questions
 * for students. The check of the author's texts runs while typing.
 */
class CaseDialog extends Dialog {

    private final BundleService bundles;
    private final Locale language;
    private final TextField title = new TextField();
    private final TextField search = new TextField();
    private final Grid<SourceNote> candidates = new Grid<>();
    private final Grid<SourceNote> chosen = new Grid<>();
    private final MultiSelectComboBox<Long> insights = new MultiSelectComboBox<>();
    private final TextArea whatHappened = new TextArea();
    private final TextArea questions = new TextArea();
    private final FindingsPanel findings;
    private final List<SourceNote> notes = new ArrayList<>();
    private final Set<String> dismissed = new HashSet<>();
    private final int lostNotes;

    CaseDialog(BundleService bundles, long bundle, Bundle.@Nullable Case existing, Locale language, Runnable saved) {
        this.bundles = bundles;
        this.language = language;
        setHeaderTitle(getTranslation(existing == null ? "bundle.case.new" : "bundle.case.edit"));
        setWidth("min(64rem, 96vw)");
        addClassName("case-dialog");
        findings = new FindingsPanel("case-findings", this::replace, this::dismiss);

        title.setLabel(getTranslation("bundle.case.title"));
        title.setRequired(true);
        title.setMaxLength(ReportDraft.MAX_TITLE);
        title.setWidthFull();
        title.setId("case-title");

        search.setLabel(getTranslation("bundle.case.search"));
        search.setHelperText(getTranslation("bundle.case.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setId("case-search");
        search.addValueChangeListener(e -> findCandidates());

        candidates.setId("case-candidates");
        candidates.setAriaLabel(getTranslation("bundle.case.candidates"));
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates
                .addColumn(SourceNote::text)
                .setHeader(getTranslation("review.column.text"))
                .setFlexGrow(4);
        candidates.addColumn(n -> getTranslation(n.role().labelKey())).setHeader(getTranslation("review.column.role"));
        candidates
                .addColumn(n -> n.municipality() + ", " + Dates.date(n.heldOn(), getLocale()))
                .setHeader(getTranslation("review.column.place"));
        candidates
                .addComponentColumn(n -> {
                    Button add = new Button(getTranslation("bundle.case.add-note"), e -> addNote(n));
                    add.addThemeVariants(ButtonVariant.SMALL);
                    add.getElement().setAttribute("aria-label", getTranslation("bundle.case.add-note.label", n.text()));
                    add.setId("case-add-" + n.id());
                    return add;
                })
                .setHeader(getTranslation("bundle.case.choose"))
                .setKey("choose")
                .setAutoWidth(true)
                .setFlexGrow(0);
        candidates.setHeight("14rem");

        chosen.setId("case-notes");
        chosen.setAriaLabel(getTranslation("bundle.case.notes"));
        chosen.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        chosen.addColumn(SourceNote::text)
                .setHeader(getTranslation("review.column.text"))
                .setFlexGrow(4);
        chosen.addColumn(n -> getTranslation(n.role().labelKey())).setHeader(getTranslation("review.column.role"));
        chosen.addColumn(n -> String.join(", ", n.regulations())).setHeader(getTranslation("bundle.case.regulations"));
        chosen.addComponentColumn(n -> {
                    Button remove = new Button(getTranslation("bundle.case.remove-note"), e -> removeNote(n));
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    remove.setId("case-remove-" + n.id());
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        chosen.setAllRowsVisible(true);

        Map<Long, String> insightTitles = bundles.insights();
        insights.setLabel(getTranslation("bundle.case.insights"));
        insights.setItems(insightTitles.keySet());
        insights.setItemLabelGenerator(id -> insightTitles.getOrDefault(id, ""));
        insights.setWidthFull();
        insights.setId("case-insights");

        whatHappened.setLabel(getTranslation("bundle.case.what-happened"));
        whatHappened.setHelperText(getTranslation("bundle.case.what-happened.help"));
        whatHappened.setMaxLength(CaseDraft.MAX_TEXT);
        whatHappened.setWidthFull();
        whatHappened.setMinHeight("7rem");
        whatHappened.setId("case-what-happened");
        questions.setLabel(getTranslation("bundle.case.questions"));
        questions.setHelperText(getTranslation("bundle.case.questions.help"));
        questions.setMaxLength(CaseDraft.MAX_QUESTIONS);
        questions.setWidthFull();
        questions.setMinHeight("6rem");
        questions.setId("case-questions");
        for (var field : List.of(whatHappened, questions)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(600);
            field.addValueChangeListener(e -> check());
        }
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> check());

        int lost = 0;
        if (existing != null) {
            CaseDraft draft = existing.draft();
            title.setValue(draft.title());
            whatHappened.setValue(draft.whatHappened());
            questions.setValue(draft.questions());
            insights.setValue(new LinkedHashSet<>(
                    draft.insights().stream().filter(insightTitles::containsKey).toList()));
            notes.addAll(bundles.notes(draft.notes(), language));
            dismissed.addAll(draft.dismissed());
            lost = draft.notes().size() - notes.size();
        }
        lostNotes = lost;

        Div content = new Div(title);
        if (lostNotes > 0) {
            Paragraph warning = new Paragraph(getTranslation("bundle.case.lost-notes.dialog", lostNotes));
            warning.addClassName("report-needs-update");
            warning.setId("case-lost-notes");
            content.add(warning);
        }
        content.add(
                new H3(getTranslation("bundle.case.situation")),
                new Paragraph(getTranslation("bundle.case.situation.help")),
                chosen,
                search,
                candidates,
                insights,
                whatHappened,
                questions,
                findings);
        content.addClassName("case-form");
        add(content);

        Button save = new Button(getTranslation("action.save"), e -> {
            CaseDraft draft = draft();
            boolean done = Notifications.attempt(() -> {
                if (existing == null) {
                    bundles.addCase(bundle, draft);
                } else {
                    bundles.updateCase(existing.id(), draft);
                }
            });
            if (done) {
                Notifications.success(getTranslation("bundle.case.saved"));
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("case-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        showNotes();
        findCandidates();
        check();
    }

    private CaseDraft draft() {
        return new CaseDraft(
                title.getValue().strip(),
                whatHappened.getValue().strip(),
                questions.getValue().strip(),
                notes.stream().map(SourceNote::id).toList(),
                List.copyOf(insights.getSelectedItems()),
                dismissed);
    }

    private void findCandidates() {
        Set<Long> taken = new HashSet<>();
        notes.forEach(n -> taken.add(n.id()));
        candidates.setItems(bundles.candidates(search.getValue(), language).stream()
                .filter(n -> !taken.contains(n.id()))
                .toList());
    }

    private void addNote(SourceNote note) {
        if (notes.stream().noneMatch(n -> n.id() == note.id())) {
            notes.add(note);
        }
        showNotes();
        findCandidates();
    }

    private void removeNote(SourceNote note) {
        notes.removeIf(n -> n.id() == note.id());
        showNotes();
        findCandidates();
    }

    private void showNotes() {
        chosen.setItems(notes);
        chosen.setVisible(!notes.isEmpty());
    }

    private void check() {
        findings.show(bundles.check(draft(), language));
    }

    private void replace(ReportPreview.Finding finding) {
        switch (finding.field()) {
            case "case-title" -> title.setValue(title.getValue().replace(finding.words(), finding.placeholder()));
            case "what-happened" ->
                whatHappened.setValue(whatHappened.getValue().replace(finding.words(), finding.placeholder()));
            case "questions" ->
                questions.setValue(questions.getValue().replace(finding.words(), finding.placeholder()));
            default -> {}
        }
        check();
    }

    private void dismiss(ReportPreview.Finding finding) {
        dismissed.add(finding.words());
        check();
    }
}
