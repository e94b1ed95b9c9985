package nl.keukentafel.bench;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the facilitation scenario's screens report the bench notes they show: a tablet's go to the
 * {@link NoteLedger} (note latency, as in the live-board benchmark; notes written in silence are
 * registered there as not measured, since they wait for the reveal). Besides, every screen's first
 * arrival of every note is kept, for the reveal's figures and the check that no note written in
 * silence reached another tablet before it was revealed.
 */
final class FacilitationSink implements ScreenClient.NoteSink {

    private final NoteLedger ledger;
    private final Map<ScreenClient, Map<String, Long>> arrivals = new ConcurrentHashMap<>();
    private final Map<Integer, ScreenClient> facilitators = new ConcurrentHashMap<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();

    FacilitationSink(NoteLedger ledger) {
        this.ledger = ledger;
    }

    void facilitator(ScreenClient screen) {
        facilitators.put(screen.board, screen);
    }

    /** A note about to be written in silence. */
    void silent(String text) {
        silent.add(text);
    }

    boolean isSilent(String text) {
        return silent.contains(text);
    }

    @Override
    public void arrived(ScreenClient screen, String text, long arrivalNanos) {
        arrivals.computeIfAbsent(screen, s -> new ConcurrentHashMap<>()).putIfAbsent(text, arrivalNanos);
        if (screen.seat >= 0) {
            ledger.arrived(screen, text, arrivalNanos);
        }
    }

    /** When the screen first showed the note; -1 if it never did. */
    long arrival(ScreenClient screen, String text) {
        return arrivals.getOrDefault(screen, Map.of()).getOrDefault(text, -1L);
    }

    boolean facilitatorShows(int board, Collection<String> texts) {
        ScreenClient screen = facilitators.get(board);
        return screen != null
                && arrivals.getOrDefault(screen, Map.of()).keySet().containsAll(texts);
    }
}
