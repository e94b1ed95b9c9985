package nl.keukentafel.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What one screen shows of the facilitation, read from the UIDL messages it handles (a {@link
 * ScreenClient.MessageObserver}): each card's dots ({@code note-votes}) and group ({@code
 * note-group}), and, where the screen shows the stage panel, the phase ("Nu: … (stap k van n)"),
 * the note in the spotlight (the card with id {@code spotlight-note}) and the agreements. Keeps
 * when each of these first changed, so the facilitation scenario can put every action beside the
 * moment each screen showed it, and the final state for the nothing-lost check.
 *
 * <p>Only messages that mention one of these are parsed (with Jackson); the rest cost a few
 * {@code String.contains}.
 */
final class ScreenState implements ScreenClient.MessageObserver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PHASE = Pattern.compile("\\((?:stap|step) (\\d+) (?:van|of) (\\d+)\\)");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    /** A value a screen showed from a moment on. */
    record Shown<T>(long nanos, T value) {}

    private final String notePrefix;
    private final String agreementPrefix;
    private final Map<Integer, String> textOfNode = new HashMap<>();
    private final Map<Integer, Integer> votesOfNode = new HashMap<>();
    private final Map<Integer, String> groupOfNode = new HashMap<>();
    private final Set<Integer> spotlightNodes = new HashSet<>();
    private final List<Shown<Integer>> phases = new ArrayList<>();
    private final List<Shown<String>> spotlights = new ArrayList<>();
    /** Per note text: the group label its card showed from when on ("" for none). */
    private final Map<String, List<Shown<String>>> groups = new HashMap<>();

    private final Map<String, Long> agreements = new LinkedHashMap<>();
    /** votesReached.get(k - 1): when the dots on this screen's cards first added up to k or more. */
    private final List<Long> votesReached = new ArrayList<>();

    private int phase = -1;
    private @Nullable String spotlight;
    private int totalVotes;
    private int parsed;

    ScreenState(String notePrefix, String agreementPrefix) {
        this.notePrefix = notePrefix;
        this.agreementPrefix = agreementPrefix;
    }

    @Override
    public void message(ScreenClient screen, String json, int syncId, long arrivalNanos) {
        if (!json.contains("note-text")
                && !json.contains("note-votes")
                && !json.contains("note-group")
                && !json.contains("spotlight-note")
                && !json.contains("\"detach\"")
                && !json.contains(agreementPrefix)
                && !json.contains("(stap ")
                && !json.contains("(step ")) {
            return;
        }
        JsonNode message = JSON.readTree(json);
        synchronized (this) {
            parsed++;
            apply(message.path("changes"), arrivalNanos);
        }
    }

    private void apply(JsonNode changes, long nanos) {
        Set<Integer> touchedCards = new HashSet<>();
        Integer newSpotlight = null;
        for (JsonNode change : changes.values()) {
            int node = change.path("node").asInt(-1);
            String type = change.path("type").asString("");
            String key = change.path("key").asString("");
            if (type.equals("detach")) {
                textOfNode.remove(node);
                votesOfNode.remove(node);
                groupOfNode.remove(node);
                spotlightNodes.remove(node);
                continue;
            }
            if (type.equals("remove")) {
                if (key.equals("note-votes")) {
                    votesOfNode.remove(node);
                } else if (key.equals("note-group")) {
                    groupOfNode.remove(node);
                    touchedCards.add(node);
                }
                continue;
            }
            if (!type.equals("put")) {
                continue;
            }
            JsonNode value = change.path("value");
            if (!value.isString()) {
                continue;
            }
            String text = value.asString();
            switch (key) {
                case "note-text" -> {
                    textOfNode.put(node, text);
                    touchedCards.add(node);
                }
                case "note-votes" -> {
                    Matcher count = NUMBER.matcher(text);
                    // "3 stippen", "3 stippen, waarvan 1 van u": the first number is the card's total.
                    // "Uw stippen: 1" (counts hidden from this screen) is only the viewer's own.
                    boolean own = text.startsWith("Uw ") || text.startsWith("Your ");
                    votesOfNode.put(node, !own && count.find() ? Integer.parseInt(count.group(1)) : 0);
                }
                case "note-group" -> {
                    groupOfNode.put(node, text);
                    touchedCards.add(node);
                }
                case "id" -> {
                    if (text.equals("spotlight-note")) {
                        spotlightNodes.add(node);
                        newSpotlight = node;
                    }
                }
                case "text" -> {
                    Matcher step = PHASE.matcher(text);
                    if (step.find()) {
                        int index = Integer.parseInt(step.group(1)) - 1;
                        if (index != phase) {
                            phase = index;
                            phases.add(new Shown<>(nanos, index));
                        }
                    } else if (text.startsWith(agreementPrefix)) {
                        agreements.putIfAbsent(text, nanos);
                    }
                }
                default -> {}
            }
        }
        if (newSpotlight != null) {
            String text = textOfNode.get(newSpotlight);
            if (text != null && !text.equals(spotlight)) {
                spotlight = text;
                spotlights.add(new Shown<>(nanos, text));
            }
        }
        for (int node : touchedCards) {
            String text = textOfNode.get(node);
            if (text == null || !text.startsWith(notePrefix) || spotlightNodes.contains(node)) {
                continue;
            }
            String group = groupOfNode.getOrDefault(node, "");
            List<Shown<String>> history = groups.computeIfAbsent(text, t -> new ArrayList<>());
            if (history.isEmpty() || !history.getLast().value().equals(group)) {
                history.add(new Shown<>(nanos, group));
            }
        }
        int total = 0;
        for (Map.Entry<Integer, Integer> votes : votesOfNode.entrySet()) {
            if (!spotlightNodes.contains(votes.getKey())) {
                total += votes.getValue();
            }
        }
        totalVotes = total;
        while (votesReached.size() < total) {
            votesReached.add(nanos);
        }
    }

    /** When the dots on this screen's cards first added up to at least {@code k}; -1 if never. */
    synchronized long votesReached(int k) {
        return k <= votesReached.size() ? votesReached.get(k - 1) : -1;
    }

    /** The first time, not before {@code after}, that the screen showed phase {@code index}; -1 if never. */
    synchronized long phaseShown(int index, long after) {
        for (Shown<Integer> shown : phases) {
            if (shown.value() == index && shown.nanos() >= after) {
                return shown.nanos();
            }
        }
        return -1;
    }

    /** The first time, not before {@code after}, that the spotlight showed this note; -1 if never. */
    synchronized long spotlightShown(String text, long after) {
        for (Shown<String> shown : spotlights) {
            if (shown.value().equals(text) && shown.nanos() >= after) {
                return shown.nanos();
            }
        }
        return -1;
    }

    /** The first time, not before {@code after}, that the note's card named a group with this name; -1 if never. */
    synchronized long groupShown(String noteText, String groupName, long after) {
        for (Shown<String> shown : groups.getOrDefault(noteText, List.of())) {
            if (shown.value().contains(groupName) && shown.nanos() >= after) {
                return shown.nanos();
            }
        }
        return -1;
    }

    /** When the agreement first showed; -1 if never. */
    synchronized long agreementShown(String what) {
        return agreements.getOrDefault(what, -1L);
    }

    /** The final state: the dots on each note's card (note text → total), spotlight cards left out. */
    synchronized Map<String, Integer> votesByNote() {
        Map<String, Integer> votes = new HashMap<>();
        votesOfNode.forEach((node, count) -> {
            String text = textOfNode.get(node);
            if (text != null && !spotlightNodes.contains(node) && count > 0) {
                votes.merge(text, count, Math::max);
            }
        });
        return votes;
    }

    /** The final state: the group label of each note's card ("" for none). */
    synchronized Map<String, String> groupByNote() {
        Map<String, String> result = new HashMap<>();
        textOfNode.forEach((node, text) -> {
            if (text.startsWith(notePrefix) && !spotlightNodes.contains(node)) {
                result.put(text, groupOfNode.getOrDefault(node, ""));
            }
        });
        return result;
    }

    synchronized int phase() {
        return phase;
    }

    synchronized @Nullable String spotlight() {
        return spotlight;
    }

    synchronized Set<String> agreements() {
        return Set.copyOf(agreements.keySet());
    }

    synchronized int totalVotes() {
        return totalVotes;
    }

    /** Whether this screen ever showed the stage panel's phase line (it does once the panel is on it). */
    synchronized boolean showsStage() {
        return !phases.isEmpty();
    }

    synchronized int parsedMessages() {
        return parsed;
    }
}
