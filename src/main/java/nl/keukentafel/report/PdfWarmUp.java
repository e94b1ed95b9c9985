package nl.keukentafel.report;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints a made-up document a few times right after start, on a low-priority background thread,
 * so the Java compiler has compiled the PDF renderer's hot paths before a team member's first
 * export: measured on two cores, the first PDF of a 385-page report after start took 5.5–6.1 s
 * without it and 3.7 s with it, against 1.6 s once warm (bench/README.md, "Report benchmark"). The
 * document holds no data of anyone. Off with
 * {@code keukentafel.reports.pdf-warm-up=false} (the tests do).
 */
@Component
class PdfWarmUp {

    static final String THREAD = "report-pdf-warm-up";
    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    private final boolean enabled;

    PdfWarmUp(@Value("${keukentafel.reports.pdf-warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread thread = Thread.ofPlatform().daemon().name(THREAD).unstarted(() -> {
            long start = System.nanoTime();
            try {
                Document document = sample();
                for (int round = 0; round < 4; round++) {
                    DocumentPdf.write(document);
                    DocumentMarkdown.write(document);
                }
                log.info("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Warming up the PDF renderer failed; the first export will be slower", e);
            }
        });
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A document with every kind of block, about 40 pages, of made-up words only. */
    static Document sample() {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Heading(2, "Inleiding"));
        blocks.add(new Document.Text("Een voorbeeld om de printer op te warmen.\n\nTweede alinea."));
        blocks.add(new Document.Items(true, List.of("Eerste vraag", "Tweede vraag")));
        blocks.add(new Document.Table("Tabel", List.of("Plaats", "Aantal"), List.of(List.of("Ergens", "3"))));
        for (int group = 0; group < 12; group++) {
            blocks.add(new Document.Heading(3, "Groep " + group));
            List<Document.Quote> quotes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                quotes.add(new Document.Quote(
                        group * 100L + i,
                        "Een verzonnen zin om de printer op te warmen, lang genoeg om over twee regels te lopen"
                                + " zoals de meeste notities aan tafel doen. [naam]",
                        "Rol · Plaats"));
            }
            blocks.add(new Document.Quotes("Regeling · Effect", quotes));
        }
        blocks.add(new Document.Chart(
                "Grafiek",
                "Aantal",
                false,
                List.of(new Document.ChartValue("een", "", 1), new Document.ChartValue("twee", "", 2))));
        blocks.add(new Document.PageBreak());
        blocks.add(new Document.Heading(2, "Slot"));
        return new Document("nl", "Opwarmen", "Voorbeeld", "Concept", "Keukentafel", "Inhoud", List.copyOf(blocks));
    }
}
