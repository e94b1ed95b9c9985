package nl.keukentafel.board;

import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.keukentafel.conversation.ConversationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's live copies of the boards that screens are watching: one {@link BoardSnapshot} per
 * board, refreshed from the database once per announced change (bursts coalesce into one refresh)
 * and handed to every watching screen. A board's copy is dropped when its last screen leaves.
 */
@Component
class LiveBoards implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveBoards.class);

    private final BoardReader reader;
    private final Counter refreshes;
    private final Map<ConversationId, LiveBoard> boards = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("board-refresh-", 0).factory());

    LiveBoards(BoardReader reader, MeterRegistry meters) {
        this.reader = reader;
        this.refreshes = Counter.builder("keukentafel.board.refreshes")
                .description("Refreshes of a live board copy from the database (one per change, not per screen)")
                .register(meters);
        Gauge.builder("keukentafel.board.watched", boards, Map::size)
                .description("Boards with at least one screen on this node")
                .register(meters);
        Gauge.builder("keukentafel.board.screens", this, LiveBoards::totalScreens)
                .description("Screens watching a board on this node")
                .register(meters);
    }

    private int totalScreens() {
        return boards.values().stream().mapToInt(b -> b.listeners.size()).sum();
    }

    /**
     * Starts watching a board: the listener gets the current snapshot at once (in the caller's
     * thread) and every later one from a refresher thread. Remove the registration on detach.
     */
    Registration watch(ConversationId id, Consumer<BoardSnapshot> listener) {
        LiveBoard board = boards.compute(id, (key, existing) -> {
            LiveBoard b = existing != null ? existing : new LiveBoard(key);
            b.listeners.add(listener);
            return b;
        });
        listener.accept(board.current());
        return () -> unwatch(id, board, listener);
    }

    private void unwatch(ConversationId id, LiveBoard board, Consumer<BoardSnapshot> listener) {
        boards.computeIfPresent(id, (key, b) -> {
            b.listeners.remove(listener);
            return b.listeners.isEmpty() ? null : b;
        });
        board.listeners.remove(listener);
    }

    /** A change with this sequence number was committed; refresh the board if this node watches it. */
    void changed(ConversationId id, long seq) {
        LiveBoard board = boards.get(id);
        if (board != null && seq > board.seqSeen()) {
            board.requestRefresh();
        }
    }

    /** After the listener lost its connection (notifications may be missed): catch every board up. */
    void refreshAll() {
        boards.values().forEach(LiveBoard::requestRefresh);
    }

    /** Boards watched on this node with the sequence number of their copy. */
    Map<ConversationId, Long> watched() {
        Map<ConversationId, Long> result = new HashMap<>();
        boards.forEach((id, board) -> result.put(id, board.seqSeen()));
        return result;
    }

    int screens(ConversationId id) {
        return Optional.ofNullable(boards.get(id)).map(b -> b.listeners.size()).orElse(0);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private final class LiveBoard {

        private final ConversationId id;
        private final List<Consumer<BoardSnapshot>> listeners = new CopyOnWriteArrayList<>();
        private final AtomicBoolean refreshPending = new AtomicBoolean();
        private volatile BoardSnapshot snapshot;

        private LiveBoard(ConversationId id) {
            this.id = id;
            this.snapshot = reader.load(id);
        }

        private BoardSnapshot current() {
            return snapshot;
        }

        private long seqSeen() {
            return snapshot.seq();
        }

        private void requestRefresh() {
            if (refreshPending.compareAndSet(false, true)) {
                refresher.execute(this::refresh);
            }
        }

        private void deliver(Consumer<BoardSnapshot> listener, BoardSnapshot next) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A screen of board {} failed to take an update", id.value(), e);
            }
        }

        /** One refresh at a time per board; changes announced meanwhile are picked up by the next. */
        private synchronized void refresh() {
            refreshPending.set(false);
            try {
                BoardSnapshot next = reader.refresh(snapshot);
                refreshes.increment();
                if (next == snapshot) {
                    return;
                }
                snapshot = next;
                // Each screen renders and pushes on its own virtual thread, so one slow screen
                // (or one slow connection) never holds up the others of the board.
                for (Consumer<BoardSnapshot> listener : listeners) {
                    refresher.execute(() -> deliver(listener, next));
                }
            } catch (RuntimeException e) {
                log.warn("Refreshing board {} failed; the next change or check retries", id.value(), e);
            }
        }
    }
}
