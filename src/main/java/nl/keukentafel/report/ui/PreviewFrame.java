package nl.keukentafel.report.ui;

import com.vaadin.flow.component.html.IFrame;

/**
 * The live preview: the document's own HTML in a sandboxed frame (no scripts, no forms), so it looks
 * as the PDF will, apart from page breaks, and the screen's styles cannot change it.
 */
class PreviewFrame extends IFrame {

    PreviewFrame(String id) {
        setId(id);
        addClassName("report-preview");
        getElement().setAttribute("title", getTranslation("report.preview"));
        getElement().setAttribute("sandbox", "");
        setSrcdoc("<!DOCTYPE html><html><body></body></html>");
    }

    void show(String html) {
        setSrcdoc(html);
    }
}
