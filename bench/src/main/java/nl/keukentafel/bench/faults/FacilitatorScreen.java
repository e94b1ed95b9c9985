package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.bench.ScreenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The facilitator's board, spoken at the Vaadin protocol level like {@link ScreenClient}: logs in
 * with the login form, opens {@code /conversations/ID/board}, presses "Gesprek afsluiten" and
 * confirms in the dialog, as a facilitator closes a board. Only XHR: the clicks' answers carry
 * what the suite needs, so it opens no push connection.
 */
final class FacilitatorScreen {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int uiId;
    private String csrfToken = "";
    private int syncId;
    private int clientId;

    FacilitatorScreen(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Logs in through the login form (Spring Security's POST /login). */
    void logIn(String username, String password) throws IOException, InterruptedException {
        require(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()), "GET /login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IOException(
                    "Logging in as " + username + " failed: HTTP " + response.statusCode() + " to '" + location + "'");
        }
    }

    /** Opens the facilitator's board of a conversation; returns the node of its close button. */
    int openBoard(long conversationId) throws IOException, InterruptedException {
        String route = "conversations/" + conversationId + "/board";
        require(send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET()), "GET /" + route);
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(ScreenClient.initUrl(base, route)))
                .GET());
        require(init, "init of the facilitator board");
        JsonNode appConfig = JSON.readTree(ScreenClient.stripGuard(init.body())).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt();
        csrfToken = appConfig.path("uidl").path("Vaadin-Security-Key").asString();
        syncId = appConfig.path("uidl").path("syncId").asInt();
        JsonNode navigated = rpc(ScreenClient.navigation("/" + route));
        return nodeWith(navigated, "id", "close-conversation");
    }

    /** Presses the close button and confirms; returns when the server answered the confirmation. */
    void close(int closeButton) throws IOException, InterruptedException {
        Map<String, Object> click = new LinkedHashMap<>();
        for (String key : List.of(
                "event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail", "event.button")) {
            click.put(key, key.endsWith("detail") ? 1 : 0);
        }
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            click.put(key, false);
        }
        JsonNode clicked = rpc(Map.of("type", "event", "node", closeButton, "event", "click", "data", click));
        int dialog = nodeWith(clicked, "tag", "vaadin-confirm-dialog");
        rpc(Map.of("type", "event", "node", dialog, "event", "confirm", "data", Map.of()));
    }

    private JsonNode rpc(Map<String, Object> invocation) throws IOException, InterruptedException {
        Map<String, Object> body = ScreenClient.uidlBody(csrfToken, List.of(invocation), syncId, clientId++);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        require(response, "UIDL request of the facilitator board");
        JsonNode json = JSON.readTree(ScreenClient.stripGuard(response.body()));
        if (json.has("meta")
                && (json.path("meta").has("appError") || json.path("meta").has("sessionExpired"))) {
            throw new IOException("The facilitator board answered " + json.path("meta"));
        }
        syncId = Math.max(syncId, json.path("syncId").asInt(syncId));
        return json;
    }

    /** The state node whose attribute or property {@code key} was set to {@code value} in this message. */
    private static int nodeWith(JsonNode message, String key, String value) throws IOException {
        for (JsonNode change : message.path("changes").values()) {
            if (key.equals(change.path("key").asString(""))
                    && value.equals(change.path("value").asString(""))) {
                return change.path("node").asInt();
            }
        }
        throw new IOException("No element with " + key + " '" + value + "' on the facilitator board");
    }

    /** Sends a request with the session's cookies (none before the first answer) and keeps new ones. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookieHeader = ScreenClient.cookieHeader(cookies);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response =
                http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        ScreenClient.storeCookies(response, cookies);
        return response;
    }

    private static void require(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + " answered HTTP " + response.statusCode());
        }
    }
}
