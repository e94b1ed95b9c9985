package nl.keukentafel.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One resident's tablet, spoken at the Vaadin protocol level: a real HTTP session, a real server-side
 * UI (TableView) and a real push WebSocket, without a browser. Client-to-server messages are XHR
 * POSTs (Vaadin's WEBSOCKET_XHR transport), server-to-client messages arrive as XHR responses and
 * as Atmosphere push frames ("length|payload").
 *
 * <p>By default a failed request ends the screen's part in a run, which is what the live-board
 * benchmark wants. A <em>resilient</em> screen (constructed with {@link ConnectionEvents}, for the
 * fault suite) does what Vaadin's browser client does instead: it sends a failed message again
 * (same client id) every 5 s; reconnects a lost push connection every 5 s; asks the server to
 * resynchronize when a message is missing for 5 s; and loads the page again (a new UI, resumed from
 * the participant's secret) when the server says the session or UI is gone, or, like a browser
 * behind a load balancer, when its node cannot be reached and another route exists.
 */
public final class ScreenClient {

    private static final Logger log = LoggerFactory.getLogger(ScreenClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Vaadin's reconnectInterval (and Atmosphere's for the push connection). */
    private static final Duration RECONNECT_INTERVAL = Duration.ofSeconds(5);
    /** Vaadin's maxMessageSuspendTimeout: how long a missing message is awaited before a resync. */
    private static final Duration MESSAGE_SUSPEND_TIMEOUT = Duration.ofSeconds(5);

    /** The answer of a note whose page was loaded again before the server answered it. */
    public static final String PAGE_RELOADED = "reloaded";

    /** The prefix of the answer of a note whose server method failed (the browser's promise rejects). */
    public static final String CALL_FAILED = "error:client callable failed";

    /** Receives every bench note text a screen shows, with the time its message arrived. */
    public interface NoteSink {
        void arrived(ScreenClient screen, String text, long arrivalNanos);
    }

    /**
     * Sees every UIDL message a screen handles, in the order the screen handles them (one at a time
     * per screen), with the server's sync id and the time the message arrived; after the screen
     * took the message's note texts. The facilitation scenario reads the cards' dots and groups
     * and the stage from it.
     */
    public interface MessageObserver {
        void message(ScreenClient screen, String json, int syncId, long arrivalNanos);
    }

    /**
     * A note text as it arrived, with the server's sync id of its message (the server's order), the
     * view it belongs to (a new page or a resynchronization starts a new view) and the state node of
     * its card (-1 when not found).
     */
    public record Seen(int syncId, int position, String text, int view, int cardNode) {

        /** The order the server put the notes in: by message, then by place within the message. */
        public static final Comparator<Seen> SERVER_ORDER =
                Comparator.comparingInt(Seen::syncId).thenComparingInt(Seen::position);

        /**
         * The note texts in the server's order, each once, where it first appeared: what the
         * nothing-lost checks of the live-board benchmark and the fault suite compare with the
         * database.
         */
        public static List<String> shownInOrder(Collection<Seen> seen) {
            List<Seen> sorted = new ArrayList<>(seen);
            sorted.sort(SERVER_ORDER);
            List<String> texts = new ArrayList<>();
            Set<String> once = new HashSet<>();
            for (Seen s : sorted) {
                if (once.add(s.text())) {
                    texts.add(s.text());
                }
            }
            return texts;
        }
    }

    /** Where a screen's requests go: a node's (or a proxy's) address and the HTTP client for it. */
    public record Route(String base, HttpClient http, int node) {}

    /** What a browser would show its user about the connection; only resilient screens report it. */
    public interface ConnectionEvents {

        /** A request or the push connection failed: Vaadin's client shows that it reconnects. */
        default void lost(ScreenClient screen, String cause) {}

        /** A request or the push connection works again. */
        default void back(ScreenClient screen) {}

        /** The page was loaded again: a new UI shows the board. */
        default void reloaded(ScreenClient screen, String cause) {}

        /** The server sent the whole UI again after a missing message. */
        default void resynchronized(ScreenClient screen) {}

        /** Every UIDL message the screen handles. */
        default void message(ScreenClient screen, String json) {}
    }

    private static final AtomicLong pushRetries = new AtomicLong();
    private final List<Route> routes;
    private final String code;
    private final String secret;
    private final String notePrefix;
    private final NoteSink sink;
    private final @Nullable ConnectionEvents events;
    private final @Nullable String clientAddress;
    /**
     * For the facilitator's board instead of a tablet: the route ("conversations/ID/board") and the
     * staff account that logs in before the page is opened; null for a tablet.
     */
    private final @Nullable String staffRoute;

    private final @Nullable String staffUsername;
    private final @Nullable String staffPassword;
    private volatile @Nullable MessageObserver observer;
    public final int board;
    public final int seat;
    /** The node this screen's current page is on (a resilient screen may move to another). */
    public volatile int node;

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final ReentrantLock sendLock = new ReentrantLock();
    private final AtomicInteger lastSyncId = new AtomicInteger(-1);
    private final Map<Integer, CompletableFuture<String>> promises = new ConcurrentHashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Set<String> shown = new HashSet<>();
    private final Set<String> inView = new HashSet<>();
    private final List<String> confirmed = new ArrayList<>();
    private final TreeSet<Integer> ahead = new TreeSet<>();
    private volatile CountDownLatch handshake = new CountDownLatch(1);
    private volatile int route;
    private volatile int page;
    private int view;
    private int contiguous = -1;
    private long gapSinceNanos;
    private int uiId;
    private String csrfToken = "";
    private String pushId = "";
    private URI pushUri = URI.create("ws://localhost/");
    private int clientId;
    private int nextPromise;
    private int tableNode = -1;
    private int position;
    private volatile boolean closed;
    private volatile boolean connecting;
    private volatile boolean reloading;
    private volatile boolean resyncing;
    private volatile boolean reconnectingPush;
    private volatile boolean lost;
    private volatile @Nullable WebSocket socket;

    /**
     * A screen with routes in order of preference (the first is its home). With {@code events} it is
     * resilient (see the class comment); {@code clientAddress}, when given, is sent as
     * X-Forwarded-For, as a load balancer in front of the app would (every tablet its own address).
     */
    public ScreenClient(
            List<Route> routes,
            String code,
            String secret,
            String notePrefix,
            NoteSink sink,
            int board,
            int seat,
            @Nullable ConnectionEvents events,
            @Nullable String clientAddress) {
        this(routes, code, secret, notePrefix, sink, board, seat, events, clientAddress, null, null, null);
    }

    /**
     * The facilitator's board of a conversation ({@code /conversations/ID/board}) as a screen: it logs
     * in with the login form as {@code username}, then opens the board with its push connection like
     * a tablet, and reports the bench notes it shows to {@code sink}. Its seat is -1.
     */
    public static ScreenClient facilitatorBoard(
            Route route,
            long conversationId,
            String username,
            String password,
            String notePrefix,
            NoteSink sink,
            int board,
            @Nullable String clientAddress) {
        return new ScreenClient(
                List.of(route),
                "",
                "",
                notePrefix,
                sink,
                board,
                -1,
                null,
                clientAddress,
                "conversations/" + conversationId + "/board",
                username,
                password);
    }

    private ScreenClient(
            List<Route> routes,
            String code,
            String secret,
            String notePrefix,
            NoteSink sink,
            int board,
            int seat,
            @Nullable ConnectionEvents events,
            @Nullable String clientAddress,
            @Nullable String staffRoute,
            @Nullable String staffUsername,
            @Nullable String staffPassword) {
        this.staffRoute = staffRoute;
        this.staffUsername = staffUsername;
        this.staffPassword = staffPassword;
        this.routes = List.copyOf(routes);
        this.code = code;
        this.secret = secret;
        this.notePrefix = notePrefix;
        this.sink = sink;
        this.board = board;
        this.seat = seat;
        this.node = routes.getFirst().node();
        this.events = events;
        this.clientAddress = clientAddress;
    }

    private Route current() {
        return routes.get(route);
    }

    /**
     * Opens the push WebSocket. A refused handshake is tried again after a short wait, as Vaadin's
     * browser client reconnects; each retry is logged with the server's answer and counted.
     */
    private WebSocket openPush(URI push, int forPage)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (int attempt = 1; ; attempt++) {
            try {
                WebSocket.Builder builder = current()
                        .http()
                        .newWebSocketBuilder()
                        .header("Cookie", cookieHeader())
                        .connectTimeout(REQUEST_TIMEOUT);
                if (clientAddress != null) {
                    builder.header("X-Forwarded-For", clientAddress);
                }
                return builder.buildAsync(push, new PushListener(forPage))
                        .get(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof WebSocketHandshakeException refused) || attempt == 3) {
                    throw e;
                }
                pushRetries.incrementAndGet();
                log.warn(
                        "Push handshake of {} refused (attempt {}): HTTP {} {}",
                        this,
                        attempt,
                        refused.getResponse().statusCode(),
                        refused.getResponse().body());
                Thread.sleep(500);
            }
        }
    }

    /** Push handshakes that had to be tried again, over all screens. */
    static long pushRetries() {
        return pushRetries.get();
    }

    /** Opens the table page, the UI, the push connection, and resumes the participant from its secret. */
    public void connect() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        connecting = true;
        try {
            open();
        } finally {
            connecting = false;
        }
    }

    private void open() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        String base = current().base();
        String route = staffRoute != null ? staffRoute : "table/" + code;
        if (staffRoute != null && staffUsername != null && staffPassword != null) {
            logIn(base, staffUsername, staffPassword);
        }
        HttpResponse<String> page = get(base + "/" + route);
        require(page, "GET /" + route);

        HttpResponse<String> initResponse = get(initUrl(base, route));
        require(initResponse, "init");
        JsonNode appConfig = JSON.readTree(stripGuard(initResponse.body())).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        uiId = appConfig.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        int initialSyncId = uidl.path("syncId").asInt();
        lastSyncId.set(initialSyncId);
        synchronized (seen) {
            contiguous = initialSyncId;
        }

        pushUri = URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId.get());
        socket = openPush(pushUri, this.page);
        if (!handshake.await(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IOException("No Atmosphere handshake on the push connection of " + this);
        }

        String navigated = rpc(List.of(navigation("/" + route)));
        if (staffRoute != null) {
            if (!navigated.contains("board-columns")) {
                throw new IOException("The facilitator's board of " + this + " did not show a board");
            }
            return;
        }
        String board;
        int[] channel = findSecretRequest(JSON.readTree(navigated));
        if (channel != null) {
            board = rpc(List.of(
                    Map.of("type", "channel", "node", channel[0], "channel", channel[1], "args", List.of(secret))));
        } else {
            // The session still holds the participant (the page was loaded again in the same session):
            // the view shows the board at once.
            board = navigated;
            tableNode = findTableNode(JSON.readTree(navigated));
        }
        if (!board.contains("board-columns")) {
            throw new IOException("The table view of " + this + " did not show a board after resuming");
        }
        // As the browser does: the view asks for a follow-up call once the board is shown.
        if (board.contains("$server.boardShown()")) {
            rpc(List.of(Map.of(
                    "type",
                    "publishedEventHandler",
                    "node",
                    tableNode,
                    "templateEventMethodName",
                    "boardShown",
                    "templateEventMethodArgs",
                    List.of(),
                    "promise",
                    nextPromise++)));
        }
    }

    /**
     * Logs the staff account in through the login form (Spring Security's POST /login), keeping the
     * session cookie in this screen's jar.
     */
    private void logIn(String base, String username, String password) throws IOException, InterruptedException {
        require(get(base + "/login"), "GET /login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        forwarded(request);
        HttpResponse<String> response = current().http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        storeCookies(response, cookies);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IOException(
                    "Logging in as " + username + " failed: HTTP " + response.statusCode() + " to '" + location + "'");
        }
    }

    /** From now on, every message this screen handles also goes to {@code observer}. */
    public void observe(MessageObserver observer) {
        this.observer = observer;
    }

    /**
     * The HTTP client the screens (and the facilitator) share for one node, the same in the live-board
     * benchmark and the fault suite: HTTP/1.1, redirects not followed (the facilitator's login reads
     * its redirect itself), and a connect timeout, so that a node that is gone fails a request
     * instead of holding it.
     */
    public static HttpClient httpClient(ExecutorService executor) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /**
     * Connects {@code items}' screens, at most {@code parallelism} at a time, and waits for all of
     * them (10 minutes each at most). A failure is logged and added to {@code problems} under the
     * item's own name (a fault-suite tablet says more than its screen), and counted: the return value.
     */
    public static <T> int connectAll(
            Collection<T> items, Function<T, ScreenClient> screenOf, int parallelism, List<String> problems)
            throws InterruptedException {
        Semaphore slots = new Semaphore(parallelism);
        AtomicInteger errors = new AtomicInteger();
        try (ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (T item : items) {
                all.add(connecting.submit(() -> {
                    try {
                        slots.acquire();
                        try {
                            screenOf.apply(item).connect();
                        } finally {
                            slots.release();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        problems.add("Connecting " + item + " failed: " + e);
                        log.warn("Connecting {} failed", item, e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                try {
                    f.get(10, TimeUnit.MINUTES);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        }
        return errors.get();
    }

    /**
     * The body of a UIDL request (XHR POST): the invocations with the UI's security key, the last
     * message id the client handled and its own message counter, in a map the caller may add a flag
     * to ("resynchronize", "UNLOAD").
     */
    public static Map<String, Object> uidlBody(String csrfToken, List<?> invocations, int syncId, int clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", csrfToken);
        body.put("rpc", invocations);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body;
    }

    /**
     * The invocation with which Vaadin's client router opens {@code route} (as "/path") in a fresh
     * UI: the "ui-navigate" event on the UI's root node, as the browser sends it after the init.
     */
    public static Map<String, Object> navigation(String route) {
        return Map.of(
                "type",
                "event",
                "node",
                1,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route", route,
                        "query", "",
                        "appShellTitle", "",
                        "historyState", Map.of("idx", 0),
                        "trigger", ""));
    }

    /** Vaadin's init request for a route, with the browser details the client script sends. */
    public static String initUrl(String base, String location) {
        return base + "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate="
                + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-0.5&v-td=false&v-pr=1&v-np=Linux"
                + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
                + "&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    /**
     * Finds the view's "read your secret from localStorage" call: [node, channel] of its success
     * callback; null when the view did not ask (it already knows the participant).
     */
    private int @Nullable [] findSecretRequest(JsonNode response) throws IOException {
        String key = "kt-participant-" + code;
        for (JsonNode entry : response.path("execute").values()) {
            boolean mine = false;
            int hostNode = -1;
            int[] success = null;
            for (JsonNode arg : entry.values()) {
                if (arg.isString() && arg.asString().equals(key)) {
                    mine = true;
                } else if (arg.has("@v-node")) {
                    hostNode = arg.get("@v-node").asInt();
                } else if (arg.has("@v-return") && success == null) {
                    JsonNode ret = arg.get("@v-return");
                    success = new int[] {ret.get(0).asInt(), ret.get(1).asInt()};
                }
            }
            if (mine && success != null && hostNode >= 0) {
                tableNode = hostNode;
                return success;
            }
        }
        if (events != null && response.toString().contains("board-columns")) {
            return null;
        }
        throw new IOException("The table view of " + this + " did not ask for the participant's secret");
    }

    /** The table view's state node: the host of its "board shown" call. */
    private int findTableNode(JsonNode response) throws IOException {
        for (JsonNode entry : response.path("execute").values()) {
            int size = entry.size();
            if (size < 2 || !entry.get(size - 1).asString("").contains("$server.boardShown()")) {
                continue;
            }
            for (JsonNode arg : entry.values()) {
                if (arg.has("@v-node")) {
                    return arg.get("@v-node").asInt();
                }
            }
        }
        throw new IOException("The table view of " + this + " showed a board without its script");
    }

    /**
     * Places a note as the tablet script does ({@code $server.submitNote}, table-only, for everyone),
     * with a fresh client id. Returns the server's answer: "saved" or "error:...". The caller
     * registers the note and its send time first.
     */
    CompletableFuture<String> submitNote(String text) throws IOException, InterruptedException {
        return submitNote(UUID.randomUUID().toString(), text);
    }

    /**
     * Places a note with the given client id (the browser's outbox sends a note again with the same
     * id). A resilient screen answers {@link #PAGE_RELOADED} when its page was loaded again before
     * the server answered, and never throws for a lost connection (it keeps trying).
     */
    public CompletableFuture<String> submitNote(String noteId, String text) throws IOException, InterruptedException {
        return submitNote(noteId, "experience", text);
    }

    /** Places a note in a category of the board (its key, e.g. "ideas"), otherwise as above. */
    public CompletableFuture<String> submitNote(String noteId, String category, String text)
            throws IOException, InterruptedException {
        CompletableFuture<String> answer = new CompletableFuture<>();
        sendLock.lock();
        try {
            int promise = nextPromise++;
            promises.put(promise, answer);
            rpcLocked(List.of(Map.of(
                    "type",
                    "publishedEventHandler",
                    "node",
                    tableNode,
                    "templateEventMethodName",
                    "submitNote",
                    "templateEventMethodArgs",
                    List.of(noteId, category, text, "table-only", "everyone"),
                    "promise",
                    promise)));
        } catch (PageLeft e) {
            answer.complete(PAGE_RELOADED);
        } finally {
            sendLock.unlock();
        }
        answer.thenAccept(result -> {
            if ("saved".equals(result)) {
                synchronized (confirmed) {
                    confirmed.add(text);
                }
            }
        });
        return answer;
    }

    /** Vaadin's heartbeat: keeps the UI alive on the server. */
    public void heartbeat() {
        if (closed || reloading) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(current().base() + "/?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.noBody());
        forwarded(request);
        int forPage = page;
        current()
                .http()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .thenAccept(response -> {
                    // 403: the session is gone; Vaadin's client then loads the page again.
                    if (events != null && response.statusCode() == 403 && forPage == page) {
                        reload("session expired (heartbeat answered 403)", false);
                    }
                })
                .exceptionally(e -> {
                    log.debug("Heartbeat of {} failed", this, e);
                    return null;
                });
    }

    /**
     * For a resilient screen, called about every half second: asks the server to resynchronize when
     * a message has been missing for longer than Vaadin's client waits for it.
     */
    public void tick() {
        if (events == null || closed || reloading || resyncing) {
            return;
        }
        long since;
        synchronized (seen) {
            since = gapSinceNanos;
        }
        if (since != 0 && System.nanoTime() - since > MESSAGE_SUSPEND_TIMEOUT.toNanos()) {
            resyncing = true;
            Thread.ofVirtual().name("resync-" + this).start(this::resynchronize);
        }
    }

    private void resynchronize() {
        sendLock.lock();
        try {
            log.info("{} missed a message; asking the server to resynchronize", this);
            Map<String, Object> body = uidlBody(csrfToken, List.of(), lastSyncId.get(), clientId++);
            body.put("resynchronize", true);
            post(body);
        } catch (IOException e) {
            log.debug("Resynchronizing {} failed", this, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            resyncing = false;
            sendLock.unlock();
        }
    }

    /** Closes the UI on the server (as a browser's unload beacon does) and the push connection. */
    public void close() {
        closed = true;
        sendLock.lock();
        try {
            Map<String, Object> body = uidlBody(csrfToken, List.of(), lastSyncId.get(), clientId++);
            body.put("UNLOAD", true);
            postOnce(body, page);
        } catch (IOException | InterruptedException | RuntimeException e) {
            log.debug("Unload of {} failed", this, e);
        } finally {
            sendLock.unlock();
        }
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<String> confirmed() {
        synchronized (confirmed) {
            return List.copyOf(confirmed);
        }
    }

    /** Whether the current view shows every one of these note texts. */
    public boolean shows(Collection<String> texts) {
        synchronized (seen) {
            return inView.containsAll(texts);
        }
    }

    /** The current view: 0 before the first page, one more for every page load and resync. */
    public int view() {
        synchronized (seen) {
            return view;
        }
    }

    /** Whether the screen is between a failure and the next request or push connection that worked. */
    public boolean isLost() {
        return lost;
    }

    private String rpc(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        sendLock.lock();
        try {
            return rpcLocked(invocations);
        } finally {
            sendLock.unlock();
        }
    }

    private String rpcLocked(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        return post(uidlBody(csrfToken, invocations, lastSyncId.get(), clientId++));
    }

    /**
     * Sends one UIDL message. A resilient screen sends the same message again until it gets through
     * (the server answers a message it has seen with its earlier answer), unless its page is left.
     */
    private String post(Map<String, Object> body) throws IOException, InterruptedException {
        int fromPage = page;
        while (true) {
            try {
                String json = postOnce(body, fromPage);
                if (lost && events != null) {
                    back();
                }
                return json;
            } catch (PageLeft e) {
                throw e;
            } catch (IOException e) {
                if (events == null || connecting) {
                    throw e;
                }
                lostConnection("request failed: " + e);
                if (e instanceof ConnectException && routes.size() > 1) {
                    reload("node unreachable (connection refused)", true);
                    throw new PageLeft();
                }
                awaitRetry(fromPage);
            }
        }
    }

    /** Waits Vaadin's reconnect interval, or less when the page is left meanwhile. */
    private void awaitRetry(int fromPage) throws InterruptedException, PageLeft {
        long until = System.nanoTime() + RECONNECT_INTERVAL.toNanos();
        while (System.nanoTime() < until) {
            if (closed || page != fromPage) {
                throw new PageLeft();
            }
            Thread.sleep(100);
        }
        if (closed || page != fromPage) {
            throw new PageLeft();
        }
    }

    private String postOnce(Map<String, Object> body, int fromPage) throws IOException, InterruptedException {
        if (events != null && (closed || page != fromPage)) {
            throw new PageLeft();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(current().base() + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        forwarded(request);
        HttpResponse<String> response = current().http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        long arrival = System.nanoTime();
        if (events != null && response.statusCode() == 403 && !connecting) {
            reload("HTTP 403 for a UIDL request", false);
            throw new PageLeft();
        }
        require(response, "UIDL request");
        String json = stripGuard(response.body());
        if (events != null) {
            if (json.contains("\"sessionExpired\"") || json.contains("\"appError\"")) {
                if (connecting) {
                    throw new IOException("The server ended the page of " + this + " while it loaded: "
                            + json.substring(0, Math.min(300, json.length())));
                }
                reload(json.contains("\"sessionExpired\"") ? "session or UI gone" : "critical notification", false);
                throw new PageLeft();
            }
        } else if (json.contains("\"resynchronize\"") || json.contains("\"appError\"")) {
            throw new IOException("The server asked " + this + " to resynchronize or reported an error: "
                    + json.substring(0, Math.min(300, json.length())));
        }
        received(json, arrival, fromPage);
        return json;
    }

    private void forwarded(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .GET();
        forwarded(request);
        HttpResponse<String> response = current().http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        storeCookies(response, cookies);
        return response;
    }

    /** The Cookie header of a screen's requests, which always carry one: "none=0" while the jar is empty. */
    private String cookieHeader() {
        String header = cookieHeader(cookies);
        return header.isEmpty() ? "none=0" : header;
    }

    /**
     * Keeps the cookies a response sets in {@code cookies}, as a browser's cookie jar: name and value
     * only, since the bench talks to one host over plain HTTP. Synchronized on the jar, so that the
     * threads of one screen can share it.
     */
    public static void storeCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                synchronized (cookies) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
        }
    }

    /** The Cookie header for the jar ("name=value; ..."); empty when it holds no cookie yet. */
    public static String cookieHeader(Map<String, String> cookies) {
        synchronized (cookies) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> {
                if (!header.isEmpty()) {
                    header.append("; ");
                }
                header.append(name).append('=').append(value);
            });
            return header.toString();
        }
    }

    private void require(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + " of " + this + " answered HTTP " + response.statusCode());
        }
    }

    /**
     * The JSON of a UIDL answer or push frame: without Vaadin's "for(;;);" guard against JSON
     * hijacking and without the array brackets around the single message.
     */
    public static String stripGuard(String body) {
        String json = body.strip();
        if (json.startsWith("for(;;);")) {
            json = json.substring("for(;;);".length()).strip();
        }
        if (json.startsWith("[") && json.endsWith("]")) {
            json = json.substring(1, json.length() - 1);
        }
        return json;
    }

    /** Handles one UIDL message from the server, from an XHR response or a push frame. */
    private void received(String json, long arrivalNanos, int fromPage) {
        if (events != null) {
            if (fromPage != page) {
                return;
            }
            events.message(this, json);
        }
        int syncId = syncIdOf(json);
        if (syncId >= 0) {
            lastSyncId.accumulateAndGet(syncId, Math::max);
        }
        boolean resynchronized = events != null && json.contains("\"resynchronize\":true");
        List<String> firstTime = new ArrayList<>();
        synchronized (seen) {
            if (resynchronized) {
                // The server sent the whole UI again: the screen now shows exactly what this message holds.
                view++;
                inView.clear();
                ahead.clear();
                contiguous = syncId;
                gapSinceNanos = 0;
            } else if (syncId >= 0) {
                track(syncId);
            }
            String marker = "\"value\":\"" + notePrefix;
            int at = json.indexOf(marker);
            while (at >= 0) {
                int start = at + "\"value\":\"".length();
                int end = json.indexOf('"', start);
                if (end < 0) {
                    break;
                }
                String text = json.substring(start, end);
                seen.add(new Seen(syncId, position++, text, view, cardNode(json, at)));
                inView.add(text);
                if (shown.add(text)) {
                    firstTime.add(text);
                }
                at = json.indexOf(marker, end);
            }
            MessageObserver watching = observer;
            if (watching != null) {
                watching.message(this, json, syncId, arrivalNanos);
            }
        }
        for (String text : firstTime) {
            sink.arrived(this, text, arrivalNanos);
        }
        if (events != null) {
            adoptClientId(json);
        }
        if (json.contains("$server['}p']")) {
            answerPromises(json);
        }
        if (resynchronized && events != null) {
            events.resynchronized(this);
        }
    }

    /** Follows the sync ids in order, as Vaadin's client does, to notice a message that never came. */
    private void track(int syncId) {
        if (contiguous < 0 || syncId == contiguous + 1) {
            contiguous = syncId;
            while (ahead.remove(contiguous + 1)) {
                contiguous++;
            }
        } else if (syncId > contiguous + 1) {
            ahead.add(syncId);
        }
        ahead.headSet(contiguous, true).clear();
        if (ahead.isEmpty()) {
            gapSinceNanos = 0;
        } else if (gapSinceNanos == 0) {
            gapSinceNanos = System.nanoTime();
        }
    }

    /** The state node of the change that carries the text at {@code at}: {"node":N,...,"value":"..."}. */
    private static int cardNode(String json, int at) {
        int key = json.lastIndexOf("\"node\":", at);
        if (key < 0 || json.lastIndexOf('{', at) > key) {
            return -1;
        }
        return numberAt(json, key + "\"node\":".length());
    }

    /** The unsigned whole number that starts at {@code start} in a message; -1 when none does. */
    private static int numberAt(String json, int start) {
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end > start ? Integer.parseInt(json, start, end, 10) : -1;
    }

    /** A response names the client id the server expects next; after a resync it may differ from ours. */
    private void adoptClientId(String json) {
        int at = json.lastIndexOf("\"clientId\":");
        if (at < 0) {
            return;
        }
        int next = numberAt(json, at + "\"clientId\":".length());
        if (next >= 0 && sendLock.isHeldByCurrentThread()) {
            clientId = next;
        }
    }

    private void answerPromises(String json) {
        JsonNode message = JSON.readTree(json);
        for (JsonNode entry : message.path("execute").values()) {
            int size = entry.size();
            if (size < 3 || !entry.get(size - 1).asString("").contains("$server['}p']")) {
                continue;
            }
            CompletableFuture<String> answer = promises.remove(entry.get(0).asInt());
            if (answer == null) {
                continue;
            }
            boolean success = entry.get(size - 1).asString("").contains("($0, true, $1)");
            JsonNode value = entry.get(1);
            answer.complete(success ? value.asString("") : CALL_FAILED + ": " + value);
        }
    }

    private static int syncIdOf(String json) {
        int at = json.lastIndexOf("\"syncId\":");
        if (at < 0) {
            return -1;
        }
        return numberAt(json, at + "\"syncId\":".length());
    }

    private void lostConnection(String cause) {
        if (!lost && events != null) {
            lost = true;
            events.lost(this, cause);
        }
    }

    private void back() {
        if (lost && events != null) {
            lost = false;
            events.back(this);
        }
    }

    /**
     * Loads the page again on a fresh thread, as Vaadin's client does when the session or UI is gone;
     * with {@code failover}, on the next route and with a new session (as a load balancer sends a
     * browser to another node).
     */
    private void reload(String cause, boolean failover) {
        if (events == null || closed) {
            return;
        }
        synchronized (this) {
            if (reloading) {
                return;
            }
            reloading = true;
        }
        lostConnection(cause);
        page++;
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        // The old page's promises never get an answer: its notes stay in the outbox for the new page.
        promises.values().forEach(p -> p.complete(PAGE_RELOADED));
        promises.clear();
        Thread.ofVirtual().name("reload-" + this).start(() -> doReload(cause, failover));
    }

    private void doReload(String cause, boolean failover) {
        boolean moving = failover;
        sendLock.lock();
        try {
            while (!closed) {
                if (moving) {
                    route = (route + 1) % routes.size();
                    node = current().node();
                    synchronized (cookies) {
                        cookies.clear();
                    }
                }
                resetPage();
                try {
                    log.info("{} loads its page again ({})", this, cause);
                    connect();
                    break;
                } catch (ConnectException e) {
                    moving = routes.size() > 1;
                    log.info("{} could not load its page: {}", this, e.toString());
                } catch (ExecutionException e) {
                    moving = e.getCause() instanceof ConnectException && routes.size() > 1;
                    log.info("{} could not load its page: {}", this, e.toString());
                } catch (IOException | TimeoutException e) {
                    moving = false;
                    log.info("{} could not load its page: {}", this, e.toString());
                }
                WebSocket open = socket;
                if (open != null) {
                    open.abort();
                }
                page++;
                Thread.sleep(RECONNECT_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            reloading = false;
            sendLock.unlock();
        }
        if (!closed && events != null) {
            back();
            events.reloaded(this, cause);
        }
    }

    /** A new page: a new UI, a new view of the board, a new push connection. */
    private void resetPage() {
        synchronized (seen) {
            view++;
            inView.clear();
            ahead.clear();
            contiguous = -1;
            gapSinceNanos = 0;
        }
        handshake = new CountDownLatch(1);
        lastSyncId.set(-1);
        clientId = 0;
        nextPromise = 0;
        tableNode = -1;
    }

    /** The push connection was lost: Atmosphere reconnects after its interval. */
    private void pushLost(int ofPage, String cause) {
        if (events == null || closed || ofPage != page || reloading) {
            return;
        }
        lostConnection("push connection: " + cause);
        synchronized (this) {
            if (reconnectingPush) {
                return;
            }
            reconnectingPush = true;
        }
        Thread.ofVirtual().name("push-reconnect-" + this).start(() -> reconnectPush(ofPage));
    }

    private void reconnectPush(int ofPage) {
        try {
            while (!closed && ofPage == page && !reloading) {
                Thread.sleep(RECONNECT_INTERVAL.toMillis());
                if (closed || ofPage != page || reloading) {
                    return;
                }
                try {
                    socket = openPush(pushUri, ofPage);
                    log.info("{} reconnected its push connection", this);
                    back();
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ConnectException && routes.size() > 1) {
                        reconnectingPush = false;
                        reload("node unreachable (push connection refused)", true);
                        return;
                    }
                    log.debug("Push reconnect of {} failed", this, e);
                } catch (TimeoutException e) {
                    log.debug("Push reconnect of {} timed out", this, e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reconnectingPush = false;
        }
    }

    /** Thrown when a message is abandoned because its page was left (loaded again, or closed). */
    private static final class PageLeft extends IOException {
        PageLeft() {
            super("the page was left");
        }
    }

    /** Atmosphere frames: "length|payload"; a payload may span frames, a frame may hold several. */
    private final class PushListener implements WebSocket.Listener {

        private final int ofPage;
        private final StringBuilder frame = new StringBuilder();
        private final StringBuilder stream = new StringBuilder();

        private PushListener(int ofPage) {
            this.ofPage = ofPage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrival = System.nanoTime();
            List<String> payloads = new ArrayList<>();
            synchronized (frame) {
                frame.append(data);
                if (last) {
                    stream.append(frame);
                    frame.setLength(0);
                    while (!stream.isEmpty()) {
                        int bar = stream.indexOf("|");
                        if (bar > 0 && isLength(stream, bar)) {
                            int length = Integer.parseInt(stream, 0, bar, 10);
                            if (stream.length() < bar + 1 + length) {
                                break;
                            }
                            payloads.add(stream.substring(bar + 1, bar + 1 + length));
                            stream.delete(0, bar + 1 + length);
                        } else if (bar < 0 && isLength(stream, stream.length())) {
                            break;
                        } else {
                            // Written without Atmosphere's length (Vaadin writes some notices directly).
                            payloads.add(stream.toString());
                            stream.setLength(0);
                        }
                    }
                }
            }
            for (String payload : payloads) {
                String json = stripGuard(payload);
                if (json.startsWith("{")) {
                    try {
                        if (events != null && (json.contains("\"sessionExpired\"") || json.contains("\"appError\""))) {
                            if (ofPage == page) {
                                reload(
                                        json.contains("\"sessionExpired\"")
                                                ? "session or UI gone (push)"
                                                : "critical notification (push)",
                                        false);
                            }
                        } else {
                            received(json, arrival, ofPage);
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not read a push message of {}", ScreenClient.this, e);
                    }
                } else {
                    handshake.countDown();
                }
            }
            webSocket.request(1);
            return null;
        }

        private static boolean isLength(CharSequence text, int bar) {
            if (bar <= 0) {
                return false;
            }
            for (int i = 0; i < bar; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed && ofPage == page) {
                log.warn("Push connection of {} closed by the server: {} {}", ScreenClient.this, statusCode, reason);
                pushLost(ofPage, "closed " + statusCode);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed && ofPage == page) {
                if (events == null) {
                    log.warn("Push connection of {} failed", ScreenClient.this, error);
                } else {
                    log.info("Push connection of {} failed: {}", ScreenClient.this, error.toString());
                }
                pushLost(ofPage, error.toString());
            }
        }
    }

    @Override
    public String toString() {
        return (staffRoute != null ? "facilitator's board b" + board : "screen b" + board + "/p" + seat) + "@node" + node;
    }
}
