package nl.keukentafel.bench;

import java.io.IOException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One resident's tablet, spoken at the Vaadin protocol level: a real HTTP session, a real server-side
 * UI (TableView) and a real push WebSocket, without a browser. Client-to-server messages are XHR
 * POSTs (Vaadin's WEBSOCKET_XHR transport), server-to-client messages arrive as XHR responses and
 * as Atmosphere push frames ("length|payload").
 */
final class ScreenClient {

    private static final Logger log = LoggerFactory.getLogger(ScreenClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Receives every bench note text a screen shows, with the time its message arrived. */
    interface NoteSink {
        void arrived(ScreenClient screen, String text, long arrivalNanos);
    }

    /** A note text as it arrived, with the server's sync id of its message (the server's order). */
    record Seen(int syncId, int position, String text) {}

    private static final AtomicLong pushRetries = new AtomicLong();
    private final HttpClient http;
    private final String base;
    private final String code;
    private final String secret;
    private final String notePrefix;
    private final NoteSink sink;
    final int board;
    final int seat;
    final int node;

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final ReentrantLock sendLock = new ReentrantLock();
    private final AtomicInteger lastSyncId = new AtomicInteger(-1);
    private final Map<Integer, CompletableFuture<String>> promises = new ConcurrentHashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Set<String> shown = new HashSet<>();
    private final List<String> confirmed = new ArrayList<>();
    private final StringBuilder frame = new StringBuilder();
    private final StringBuilder stream = new StringBuilder();
    private final CountDownLatch handshake = new CountDownLatch(1);
    private int uiId;
    private String csrfToken = "";
    private String pushId = "";
    private int clientId;
    private int nextPromise;
    private int tableNode = -1;
    private int position;
    private volatile boolean closed;
    private WebSocket socket;

    ScreenClient(
            HttpClient http,
            String base,
            String code,
            String secret,
            String notePrefix,
            NoteSink sink,
            int board,
            int seat,
            int node) {
        this.http = http;
        this.base = base;
        this.code = code;
        this.secret = secret;
        this.notePrefix = notePrefix;
        this.sink = sink;
        this.board = board;
        this.seat = seat;
        this.node = node;
    }

    /**
     * Opens the push WebSocket. A refused handshake is tried again after a short wait, as Vaadin's
     * browser client reconnects; each retry is logged with the server's answer and counted.
     */
    private WebSocket openPush(URI push) throws InterruptedException, ExecutionException, TimeoutException {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.newWebSocketBuilder()
                        .header("Cookie", cookieHeader())
                        .connectTimeout(REQUEST_TIMEOUT)
                        .buildAsync(push, new PushListener())
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
    void connect() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        HttpResponse<String> page = get(base + "/table/" + code);
        require(page, "GET /table/" + code);

        String init = base + "/?v-r=init&location=" + URLEncoder.encode("table/" + code, StandardCharsets.UTF_8)
                + "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate="
                + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-0.5&v-td=false&v-pr=1&v-np=Linux"
                + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
                + "&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> initResponse = get(init);
        require(initResponse, "init");
        JsonNode appConfig = JSON.readTree(stripGuard(initResponse.body())).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        uiId = appConfig.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        lastSyncId.set(uidl.path("syncId").asInt());

        String push = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId.get();
        socket = openPush(URI.create(push));
        if (!handshake.await(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IOException("No Atmosphere handshake on the push connection of " + this);
        }

        String navigated = rpc(List.of(Map.of(
                "type",
                "event",
                "node",
                1,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route", "/table/" + code,
                        "query", "",
                        "appShellTitle", "",
                        "historyState", Map.of("idx", 0),
                        "trigger", ""))));
        int[] channel = findSecretRequest(JSON.readTree(navigated));
        String board = rpc(
                List.of(Map.of("type", "channel", "node", channel[0], "channel", channel[1], "args", List.of(secret))));
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

    /** Finds the view's "read your secret from localStorage" call: [node, channel] of its success callback. */
    private int[] findSecretRequest(JsonNode response) throws IOException {
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
        throw new IOException("The table view of " + this + " did not ask for the participant's secret");
    }

    /**
     * Places a note as the tablet script does ({@code $server.submitNote}). Returns the server's
     * answer: "saved" or "error:...". The caller registers the note and its send time first.
     */
    CompletableFuture<String> submitNote(String text) throws IOException, InterruptedException {
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
                    List.of(UUID.randomUUID().toString(), "experience", text),
                    "promise",
                    promise)));
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
    void heartbeat() {
        if (closed) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).exceptionally(e -> {
            log.debug("Heartbeat of {} failed", this, e);
            return null;
        });
    }

    /** Closes the UI on the server (as a browser's unload beacon does) and the push connection. */
    void close() {
        closed = true;
        sendLock.lock();
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("csrfToken", csrfToken);
            body.put("rpc", List.of());
            body.put("syncId", lastSyncId.get());
            body.put("clientId", clientId++);
            body.put("UNLOAD", true);
            post(body);
        } catch (IOException | InterruptedException | RuntimeException e) {
            log.debug("Unload of {} failed", this, e);
        } finally {
            sendLock.unlock();
        }
        if (socket != null) {
            socket.abort();
        }
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    List<String> confirmed() {
        synchronized (confirmed) {
            return List.copyOf(confirmed);
        }
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", csrfToken);
        body.put("rpc", invocations);
        body.put("syncId", lastSyncId.get());
        body.put("clientId", clientId++);
        return post(body);
    }

    private String post(Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long arrival = System.nanoTime();
        require(response, "UIDL request");
        String json = stripGuard(response.body());
        if (json.contains("\"resynchronize\"") || json.contains("\"appError\"")) {
            throw new IOException("The server asked " + this + " to resynchronize or reported an error: "
                    + json.substring(0, Math.min(300, json.length())));
        }
        received(json, arrival);
        return json;
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookieHeader())
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
        return response;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> {
                if (!header.isEmpty()) {
                    header.append("; ");
                }
                header.append(name).append('=').append(value);
            });
            return header.isEmpty() ? "none=0" : header.toString();
        }
    }

    private void require(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + " of " + this + " answered HTTP " + response.statusCode());
        }
    }

    private static String stripGuard(String body) {
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
    private void received(String json, long arrivalNanos) {
        int syncId = syncIdOf(json);
        if (syncId >= 0) {
            lastSyncId.accumulateAndGet(syncId, Math::max);
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
            boolean first;
            synchronized (seen) {
                seen.add(new Seen(syncId, position++, text));
                first = shown.add(text);
            }
            if (first) {
                sink.arrived(this, text, arrivalNanos);
            }
            at = json.indexOf(marker, end);
        }
        if (json.contains("$server['}p']")) {
            answerPromises(json);
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
            answer.complete(success ? value.asString("") : "error:client callable failed: " + value);
        }
    }

    private static int syncIdOf(String json) {
        int at = json.lastIndexOf("\"syncId\":");
        if (at < 0) {
            return -1;
        }
        int start = at + "\"syncId\":".length();
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end > start ? Integer.parseInt(json, start, end, 10) : -1;
    }

    /** Atmosphere frames: "length|payload"; a payload may span frames, a frame may hold several. */
    private final class PushListener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrival = System.nanoTime();
            List<String> payloads = new ArrayList<>();
            synchronized (frame) {
                frame.append(data);
                if (last) {
                    stream.append(frame);
                    frame.setLength(0);
                    while (true) {
                        int bar = stream.indexOf("|");
                        if (bar <= 0) {
                            break;
                        }
                        int length = Integer.parseInt(stream, 0, bar, 10);
                        if (stream.length() < bar + 1 + length) {
                            break;
                        }
                        payloads.add(stream.substring(bar + 1, bar + 1 + length));
                        stream.delete(0, bar + 1 + length);
                    }
                }
            }
            for (String payload : payloads) {
                if (payload.startsWith("{")) {
                    try {
                        received(payload, arrival);
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

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed) {
                log.warn("Push connection of {} closed by the server: {} {}", ScreenClient.this, statusCode, reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed) {
                log.warn("Push connection of {} failed", ScreenClient.this, error);
            }
        }
    }

    @Override
    public String toString() {
        return "screen b" + board + "/p" + seat + "@node" + node;
    }
}
