package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.keukentafel.bench.ScreenClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident's tablet in the fault suite: a resilient {@link ScreenClient} plus the note form's
 * outbox as {@code scripts/keukentafel-table.js} keeps it. A placed note stays in the outbox
 * ("Wordt verstuurd…") until the server answers "saved"; an "error:" answer is final (the resident
 * sees "Niet geplaatst: …"); a failed server call is sent again after 3 s; a page loaded again sends
 * every note still in the outbox, with the same id. It also keeps what the resident saw: the
 * connection lost and back, pages loaded again, and the closed-board message.
 */
final class Tablet implements ScreenClient.ConnectionEvents {

    private static final Logger log = LoggerFactory.getLogger(Tablet.class);
    /** The outbox script's RETRY_MS. */
    private static final long RETRY_MILLIS = 3000;
    /** The closed-board message (table.closed) in Dutch and English; the app decides the language. */
    private static final List<String> CLOSED_TEXTS =
            List.of("Dit gesprek is gesloten. Dank u wel", "This conversation is closed. Thank you");
    /** The general apology (error.unexpected) the app shows when something fails on the server. */
    private static final List<String> ERROR_TEXTS = List.of("Er ging iets mis.", "Something went wrong.");

    /** One note as its author placed it, and what became of it. */
    static final class Note {

        final String id;
        final String text;
        final int board;
        final int seat;
        final long placedNanos;
        volatile long settledNanos;
        volatile @Nullable String answer;
        volatile @Nullable String twinAnswer;
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong sends = new AtomicLong();

        Note(String id, String text, int board, int seat, long placedNanos) {
            this.id = id;
            this.text = text;
            this.board = board;
            this.seat = seat;
            this.placedNanos = placedNanos;
        }

        boolean saved() {
            return "saved".equals(answer);
        }

        boolean refused() {
            return answer != null && !saved();
        }

        boolean settled() {
            return answer != null;
        }
    }

    final ScreenClient screen;
    final int board;
    final int seat;
    final boolean proxied;
    final boolean twin;
    private @Nullable Tablet twinTablet;
    private final Consumer<Note> settled;
    private final Map<String, Note> outbox = new LinkedHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private long lostSince;
    private long lostNanos;
    private long longestLostNanos;
    private int losses;
    private final List<String> causes = new ArrayList<>();
    private int reloads;
    private int resyncs;
    private volatile long closedShownNanos;
    private int errorNotices;

    Tablet(
            ScreenClient.Route home,
            List<ScreenClient.Route> others,
            String code,
            String secret,
            String prefix,
            ScreenClient.NoteSink sink,
            int board,
            int seat,
            boolean proxied,
            boolean twin,
            String clientAddress,
            Consumer<Note> settled) {
        List<ScreenClient.Route> routes = new ArrayList<>();
        routes.add(home);
        routes.addAll(others);
        this.screen = new ScreenClient(routes, code, secret, prefix, sink, board, seat, this, clientAddress);
        this.board = board;
        this.seat = seat;
        this.proxied = proxied;
        this.twin = twin;
        this.settled = settled;
    }

    /** In the duplicate round: another session of the same participant, which sends every note again. */
    void twinnedWith(Tablet other) {
        this.twinTablet = other;
    }

    /** The resident places a note: into the outbox, then sent. */
    void place(Note note) {
        synchronized (outbox) {
            outbox.put(note.id, note);
        }
        flush();
    }

    int waiting() {
        synchronized (outbox) {
            return outbox.size();
        }
    }

    /** Sends every note of the outbox that is not on its way already (the script's flush). */
    private void flush() {
        List<Note> due;
        synchronized (outbox) {
            due = new ArrayList<>();
            for (Note note : outbox.values()) {
                if (inFlight.add(note.id)) {
                    due.add(note);
                }
            }
        }
        for (Note note : due) {
            Thread.ofVirtual().name("send-" + screen).start(() -> send(note));
        }
    }

    private void send(Note note) {
        note.sends.incrementAndGet();
        Tablet other = twinTablet;
        if (other != null) {
            Thread.ofVirtual().name("twin-" + screen).start(() -> other.sendAgain(note));
        }
        try {
            CompletableFuture<String> answer = screen.submitNote(note.id, note.text);
            answer.thenAccept(result -> settle(note, result));
        } catch (IOException e) {
            // Only a screen that was closed gets here.
            inFlight.remove(note.id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same note, same id, from the participant's other session, 0-150 ms after the first send. */
    private void sendAgain(Note note) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(150));
            screen.submitNote(note.id, note.text).thenAccept(result -> note.twinAnswer = result);
        } catch (IOException e) {
            note.twinAnswer = "error:" + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void settle(Note note, String result) {
        inFlight.remove(note.id);
        if (ScreenClient.PAGE_RELOADED.equals(result)) {
            // The new page sends it again (reloaded()).
            return;
        }
        // The server method failed (the browser's promise rejects) or answered "retry" (the database
        // was away): the script tries again in 3 s. "wait:<ms>:<message>": a limit on writing, the
        // script sends the note again after that wait.
        boolean wait = result.startsWith("wait:");
        if (result.startsWith(ScreenClient.CALL_FAILED) || result.equals("retry") || wait) {
            note.serverErrors.incrementAndGet();
            long delay = wait ? Long.parseLong(result.split(":", 3)[1]) + 250 : RETRY_MILLIS;
            Thread.ofVirtual().start(() -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(delay);
                    flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return;
        }
        synchronized (outbox) {
            if (outbox.remove(note.id) == null) {
                return;
            }
        }
        note.settledNanos = System.nanoTime();
        note.answer = result.startsWith("error:") ? result.substring("error:".length()) : result;
        settled.accept(note);
    }

    @Override
    public synchronized void lost(ScreenClient client, String cause) {
        losses++;
        lostSince = System.nanoTime();
        if (causes.size() < 3) {
            causes.add(cause);
        }
    }

    @Override
    public synchronized void back(ScreenClient client) {
        if (lostSince != 0) {
            long lasted = System.nanoTime() - lostSince;
            lostNanos += lasted;
            longestLostNanos = Math.max(longestLostNanos, lasted);
            lostSince = 0;
        }
    }

    @Override
    public void reloaded(ScreenClient client, String cause) {
        synchronized (this) {
            reloads++;
            if (causes.size() < 3) {
                causes.add("page loaded again: " + cause);
            }
        }
        flush();
    }

    @Override
    public synchronized void resynchronized(ScreenClient client) {
        resyncs++;
    }

    @Override
    public void message(ScreenClient client, String json) {
        for (String text : ERROR_TEXTS) {
            if (json.contains(text)) {
                synchronized (this) {
                    errorNotices++;
                }
            }
        }
        if (closedShownNanos == 0) {
            for (String text : CLOSED_TEXTS) {
                if (json.contains(text)) {
                    closedShownNanos = System.nanoTime();
                    log.debug("{} shows that the conversation is closed", screen);
                }
            }
        }
    }

    /** When this tablet first showed that the conversation is closed; 0 if it has not. */
    long closedShownNanos() {
        return closedShownNanos;
    }

    /** What the resident saw of the connection, for the report. */
    synchronized Seen seen() {
        long still = lostSince == 0 ? 0 : System.nanoTime() - lostSince;
        return new Seen(
                losses,
                lostNanos + still,
                Math.max(longestLostNanos, still),
                reloads,
                resyncs,
                errorNotices,
                List.copyOf(causes));
    }

    record Seen(
            int losses,
            long lostNanos,
            long longestLostNanos,
            int reloads,
            int resyncs,
            int errorNotices,
            List<String> causes) {}

    @Override
    public String toString() {
        return screen + (twin ? " (second session)" : "") + (proxied ? " via proxy" : "");
    }
}
