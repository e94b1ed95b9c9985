package nl.keukentafel.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Prints a {@link Document} as a tagged PDF (PDF/UA) with openhtmltopdf: the Atkinson Hyperlegible
 * font (SIL Open Font License, made for readers with low vision) is embedded, the document has a
 * title and language, headings and tables are tagged, and every chart image has a text alternative.
 */
final class DocumentPdf {

    private static final String FAMILY = "Atkinson Hyperlegible";

    private DocumentPdf() {}

    static byte[] write(Document document) {
        String html = DocumentHtml.write(document, DocumentHtml.Target.PDF);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("AtkinsonHyperlegible_400Regular.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("AtkinsonHyperlegible_700Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("AtkinsonHyperlegible_400Regular_Italic.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> font("AtkinsonHyperlegible_700Bold_Italic.ttf"), FAMILY, 700, FontStyle.ITALIC, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        return Objects.requireNonNull(
                DocumentPdf.class.getResourceAsStream("/fonts/" + name), () -> "Font missing: " + name);
    }
}
