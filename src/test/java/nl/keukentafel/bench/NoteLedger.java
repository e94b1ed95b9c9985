package nl.keukentafel.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every note the load generator sent in one repeat, with its send time, and the note-to-screen
 * latencies measured when its text arrives on the other screens of its board.
 */
final class NoteLedger implements ScreenClient.NoteSink {

    /** A note as sent: its board, author seat and node, send time, and whether it is in the measured window. */
    record Note(String text, int board, int author, int authorNode, long sentNanos, boolean measured) {}

    private final Map<String, Note> notes = new ConcurrentHashMap<>();
    private final Samples all = new Samples();
    private final Samples sameNode = new Samples();
    private final Samples crossNode = new Samples();
    private final Samples saved = new Samples();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong();
    private final Map<String, long[]> firstAndLast = new ConcurrentHashMap<>();

    void sent(Note note) {
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

    Map<String, Note> notes() {
        return notes;
    }

    long measuredNotes() {
        return notes.values().stream().filter(Note::measured).count();
    }

    Samples all() {
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

    long unknownArrivals() {
        return unknown.get();
    }

    long lastArrivalNanos() {
        return lastArrival.get();
    }

    /** A growable list of latencies in nanoseconds. */
    static final class Samples {

        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized int size() {
            return size;
        }

        /** Nearest-rank percentile in milliseconds; NaN without samples. */
        synchronized double percentileMillis(double percentile) {
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
