package nl.keukentafel.base.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A button that makes a file off the request thread and then offers it for download. When making
 * it takes more than a second, a progress bar and a spoken status show that work is going on. A
 * refusal (such as an unresolved personal detail) shows in words beside the button; an unexpected
 * failure shows a plain message, never a stack trace. At most two files are made at once on a node,
 * so exports never take the cores from the live boards.
 */
public class BackgroundDownload extends Div {

    /** A file that was made: its name, type and bytes. */
    public record File(String name, String contentType, byte[] bytes) {}

    private static final Logger log = LoggerFactory.getLogger(BackgroundDownload.class);
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("export-", 1).factory());
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("export-timer").factory());

    /** How long making a file may take before the progress bar shows. */
    static final long PROGRESS_AFTER_MS = 1000;

    private final Button start;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div result = new Div();
    private final Supplier<Supplier<File>> prepare;
    private @Nullable CompletableFuture<File> running;

    /**
     * @param label the button's text
     * @param id the button's id; the download link gets {@code id + "-link"}
     * @param prepare called on the screen's thread at the click: reads what the screen shows and
     *     returns the work that makes the file, which runs on a worker thread with the security
     *     context of the person who clicked
     */
    public BackgroundDownload(String label, String id, Supplier<Supplier<File>> prepare) {
        this.prepare = prepare;
        addClassName("background-download");
        start = new Button(label, e -> begin());
        start.setId(id);
        start.setDisableOnClick(true);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("8rem");
        progress.getElement().setAttribute("aria-label", getTranslation("export.working"));
        status.addClassName("background-download-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        result.addClassName("background-download-result");
        result.setId(id + "-result");
        add(start, progress, status, result);
    }

    private void begin() {
        UI ui = UI.getCurrent();
        result.removeAll();
        status.setText("");
        // The worker runs with the security context of the person who clicked.
        Supplier<File> job = prepare.get();
        CompletableFuture<File> future = CompletableFuture.supplyAsync(
                job, task -> WORKERS.execute(new DelegatingSecurityContextRunnable(task)));
        running = future;
        TIMER.schedule(
                () -> {
                    if (!future.isDone()) {
                        ui.access(() -> {
                            if (!future.isDone()) {
                                progress.setVisible(true);
                                status.setText(getTranslation("export.working"));
                            }
                        });
                    }
                },
                PROGRESS_AFTER_MS,
                TimeUnit.MILLISECONDS);
        future.whenComplete((file, failure) -> ui.access(() -> finish(file, failure)));
    }

    private void finish(@Nullable File file, @Nullable Throwable failure) {
        running = null;
        progress.setVisible(false);
        start.setEnabled(true);
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && !(cause instanceof UserMessageException)) {
            cause = cause.getCause();
        }
        if (file != null) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(file.bytes()),
                            file.name(),
                            file.contentType(),
                            file.bytes().length)),
                    getTranslation("export.download", file.name(), kilobytes(file.bytes().length)));
            link.setId(start.getId().orElse("export") + "-link");
            link.addClassName("background-download-link");
            result.add(link);
            status.setText(getTranslation("export.ready", file.name()));
            link.getElement().callJsFunction("focus");
        } else if (cause instanceof UserMessageException refusal) {
            Span message = new Span(getTranslation(refusal.messageKey(), refusal.params()));
            message.addClassName("field-error");
            message.getElement().setAttribute("role", "alert");
            result.add(message);
            status.setText("");
        } else {
            log.error("Making a download failed", failure);
            Span message = new Span(getTranslation("export.failed"));
            message.addClassName("field-error");
            message.getElement().setAttribute("role", "alert");
            result.add(message);
            status.setText("");
        }
    }

    private static String kilobytes(int bytes) {
        return String.valueOf(Math.max(1, Math.round(bytes / 1024.0)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        CompletableFuture<File> future = running;
        if (future != null) {
            future.cancel(false);
        }
        super.onDetach(detachEvent);
    }
}
