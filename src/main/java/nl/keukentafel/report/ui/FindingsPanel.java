package nl.keukentafel.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import nl.keukentafel.report.ReportPreview;

/**
 * What the check found in the team's own texts: each detail that looks personal, in which field,
 * with two ways to resolve it: replace it by its placeholder, or say it is not a personal detail.
 * Exports wait until every finding is resolved.
 */
class FindingsPanel extends Div {

    private final Consumer<ReportPreview.Finding> replace;
    private final Consumer<ReportPreview.Finding> dismiss;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    FindingsPanel(String id, Consumer<ReportPreview.Finding> replace, Consumer<ReportPreview.Finding> dismiss) {
        this.replace = replace;
        this.dismiss = dismiss;
        setId(id);
        addClassName("findings-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("findings.title"));
        none.setText(getTranslation("findings.none"));
        none.addClassName("findings-none");
        add(new H3(getTranslation("findings.title")), new Paragraph(getTranslation("findings.intro")), none, list);
    }

    void show(List<ReportPreview.Finding> findings) {
        list.removeAll();
        none.setVisible(findings.isEmpty());
        int n = 0;
        for (ReportPreview.Finding finding : findings) {
            n++;
            Span text =
                    new Span(getTranslation("findings.item", finding.part(), finding.words(), finding.placeholder()));
            Button replaceButton =
                    new Button(getTranslation("findings.replace", finding.placeholder()), e -> replace.accept(finding));
            replaceButton.setId(getId().orElse("findings") + "-replace-" + n);
            replaceButton.addThemeVariants(ButtonVariant.SMALL);
            Button dismissButton = new Button(getTranslation("findings.dismiss"), e -> dismiss.accept(finding));
            dismissButton.setId(getId().orElse("findings") + "-dismiss-" + n);
            dismissButton.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            ListItem item = new ListItem(text, new Div(replaceButton, dismissButton));
            item.addClassName("finding");
            list.add(item);
        }
        getElement().getClassList().set("has-findings", !findings.isEmpty());
    }
}
