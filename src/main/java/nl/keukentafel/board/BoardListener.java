package nl.keukentafel.board;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's one LISTEN connection to PostgreSQL. Every committed board change, from this node or
 * any other, arrives here as a notification and refreshes the board's live copy. When the
 * connection drops it reconnects and catches every watched board up; a periodic check compares
 * sequence numbers so even a missed notification heals within seconds.
 */
@Component
class BoardListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BoardListener.class);
    private static final int POLL_MILLIS = 500;

    private final LiveBoards liveBoards;
    private final BoardRepository repository;
    private final String url;
    private final String username;
    private final String password;
    private final Duration checkInterval;
    private @Nullable ScheduledExecutorService thread;
    private volatile boolean running;
    private @Nullable Connection connection;
    private long lastCheck = System.nanoTime();

    BoardListener(
            LiveBoards liveBoards,
            BoardRepository repository,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password,
            @Value("${keukentafel.board.check-interval:5s}") Duration checkInterval) {
        this.liveBoards = liveBoards;
        this.repository = repository;
        this.url = url;
        this.username = username;
        this.password = password;
        this.checkInterval = checkInterval;
    }

    /** Starts listening on a fresh thread; a stopped listener can be started again. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("board-listener").daemon().factory());
        thread = executor;
        executor.execute(() -> listen(executor));
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
        closeConnection();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen(ScheduledExecutorService executor) {
        if (!running || executor.isShutdown()) {
            return;
        }
        try {
            PGConnection pg = connect();
            while (running && !executor.isShutdown()) {
                PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        dispatch(notification.getParameter());
                    }
                }
                checkPeriodically();
            }
        } catch (SQLException e) {
            if (running && !executor.isShutdown()) {
                log.warn("Lost the board notification connection; reconnecting in 1 s: {}", e.getMessage());
                closeConnection();
                executor.schedule(() -> listen(executor), 1, TimeUnit.SECONDS);
            }
        }
    }

    private PGConnection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, username, password);
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
            statement.execute("LISTEN " + BoardRepository.CHANNEL);
        }
        connection = c;
        log.info("Listening for board changes");
        // Anything announced while we were not listening is caught up now.
        liveBoards.refreshAll();
        return c.unwrap(PGConnection.class);
    }

    private void dispatch(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        try {
            long conversation = Long.parseLong(payload, 0, colon, 10);
            long seq = Long.parseLong(payload, colon + 1, payload.length(), 10);
            liveBoards.changed(new ConversationId(conversation), seq);
        } catch (NumberFormatException e) {
            log.warn("Ignoring malformed board notification '{}'", payload);
        }
    }

    /** Safety net: compare each watched board's sequence number with the database's. */
    private void checkPeriodically() {
        if (System.nanoTime() - lastCheck < checkInterval.toNanos()) {
            return;
        }
        lastCheck = System.nanoTime();
        for (Map.Entry<ConversationId, Long> board : liveBoards.watched().entrySet()) {
            try {
                long seq = repository.lastSeq(board.getKey());
                if (seq > board.getValue()) {
                    log.info(
                            "Board {} was behind ({} < {}); catching up",
                            board.getKey().value(),
                            board.getValue(),
                            seq);
                    liveBoards.changed(board.getKey(), seq);
                }
            } catch (RuntimeException e) {
                log.debug("Sequence check of board {} failed", board.getKey().value(), e);
            }
        }
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Closing the listener connection failed", e);
            }
        }
    }
}
