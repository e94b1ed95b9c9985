package nl.keukentafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Every note the load generator sent in one repeat, with its send time, and the note-to-screen
 * latencies measured when its text arrives on the other screens of its board.
 */
public final class NoteLedger implements ScreenClient.NoteSink {

    /** A note as sent: its board, author seat and node, send time, and whether it is in the measured window. */
    public record Note(String text, int board, int author, int authorNode, long sentNanos, boolean measured) {}

    private final Map<String, Note> notes = new ConcurrentHashMap<>();
    private final Samples all = new Samples();
    private final Samples sameNode = new Samples();
    private final Samples crossNode = new Samples();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong();
    private final Map<String, long[]> firstAndLast = new ConcurrentHashMap<>();
    private final Map<String, Long> savedAfter = new ConcurrentHashMap<>();
    /** Wall clock and {@code nanoTime} read together, to put send times on the wall clock. */
    private final Instant startedAt = Instant.now();

    private final long nanosAtStart = System.nanoTime();

    public void sent(Note note) {
        notes.put(note.text(), note);
    }

    @Override
    public void arrived(ScreenClient screen, String text, long arrivalNanos) {
        Note note = notes.get(text);
        lastArrival.accumulateAndGet(arrivalNanos, Math::max);
        if (note == null) {
            unknown.incrementAndGet();
            return;
        }
        if (screen.seat == note.author() || !note.measured()) {
            return;
        }
        long latency = arrivalNanos - note.sentNanos();
        firstAndLast.compute(
                text,
                (key, range) -> range == null
                        ? new long[] {latency, latency}
                        : new long[] {Math.min(range[0], latency), Math.max(range[1], latency)});
        all.add(latency);
        (screen.node == note.authorNode() ? sameNode : crossNode).add(latency);
    }

    public Map<String, Note> notes() {
        return notes;
    }

    long measuredNotes() {
        return notes.values().stream().filter(Note::measured).count();
    }

    public Samples all() {
        return all;
    }

    Samples sameNode() {
        return sameNode;
    }

    Samples crossNode() {
        return crossNode;
    }

    /** Time from sending a note to the author's screen receiving the server's "saved" answer. */
    Samples saved() {
        Samples saved = new Samples();
        savedAfter.values().forEach(saved::add);
        return saved;
    }

    /** Per measured note: when its first other screen had it (diagnostic for where time goes). */
    Samples firstScreen() {
        Samples first = new Samples();
        firstAndLast.values().forEach(range -> first.add(range[0]));
        return first;
    }

    /** Per measured note: from its first other screen to its last (the fan-out of one note). */
    Samples fanOut() {
        Samples spread = new Samples();
        firstAndLast.values().forEach(range -> spread.add(range[1] - range[0]));
        return spread;
    }

    /**
     * For a measured note: after how many nanoseconds from sending its first and its last other screen
     * had it; null when no other screen had it.
     */
    public long @Nullable [] firstAndLast(String text) {
        return firstAndLast.get(text);
    }

    /** The author's screen got the server's "saved" answer for this note after {@code nanos}. */
    void savedAfter(String text, long nanos) {
        savedAfter.put(text, nanos);
    }

    /**
     * Writes one line per measured note, in send order: when it was sent (wall clock, to set beside
     * the app's GC log written with {@code -Xlog:gc:file=...:time}), its board, and after how many
     * milliseconds its author had the "saved" answer and its first and last other screen had it.
     * Shows whether slow notes come one by one or together (a pause of the whole process).
     */
    void writeTimeline(Path file) throws IOException {
        List<Note> measured = notes.values().stream()
                .filter(Note::measured)
                .sorted(Comparator.comparingLong(Note::sentNanos))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add("sent_utc,board,saved_ms,first_screen_ms,last_screen_ms");
        for (Note note : measured) {
            long[] range = firstAndLast.get(note.text());
            Long savedNanos = savedAfter.get(note.text());
            lines.add(String.join(
                    ",",
                    startedAt.plusNanos(note.sentNanos() - nanosAtStart).toString(),
                    Integer.toString(note.board()),
                    savedNanos == null ? "" : millis(savedNanos),
                    range == null ? "" : millis(range[0]),
                    range == null ? "" : millis(range[1])));
        }
        Files.write(file, lines);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
    }

    public long unknownArrivals() {
        return unknown.get();
    }

    public long lastArrivalNanos() {
        return lastArrival.get();
    }

    /** A growable list of latencies in nanoseconds. */
    public static final class Samples {

        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        public synchronized int size() {
            return size;
        }

        /** Nearest-rank percentile in milliseconds; NaN without samples. */
        public synchronized double percentileMillis(double percentile) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percentile / 100.0 * size);
            return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
        }
    }
}
