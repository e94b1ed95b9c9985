package nl.keukentafel.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a team member is looking at in the review area: words to search for, a period, and one
 * value per {@link Facet}. It round-trips through the address bar, so a selection can be bookmarked
 * and shared; values that make no sense there are dropped, never an error.
 */
public record ReviewSelection(
        String query, @Nullable LocalDate from, @Nullable LocalDate to, Map<Facet, String> filters) {

    /** Everything: no words, no period, no filters. */
    public static final ReviewSelection ALL = new ReviewSelection("", null, null, Map.of());

    static final int MAX_QUERY = 200;

    public ReviewSelection {
        query = query.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        EnumMap<Facet, String> accepted = new EnumMap<>(Facet.class);
        filters.forEach((facet, value) -> {
            if (facet.accepts(value)) {
                accepted.put(facet, value);
            }
        });
        filters = Collections.unmodifiableMap(accepted);
    }

    /** The value this selection filters {@code facet} by, if any. */
    public Optional<String> filter(Facet facet) {
        return Optional.ofNullable(filters.get(facet));
    }

    /** This selection with {@code facet} set to {@code value}, or cleared when it is null. */
    public ReviewSelection with(Facet facet, @Nullable String value) {
        EnumMap<Facet, String> next = new EnumMap<>(Facet.class);
        next.putAll(filters);
        if (value == null || value.isBlank()) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return new ReviewSelection(query, from, to, next);
    }

    public ReviewSelection withQuery(String words) {
        return new ReviewSelection(words, from, to, filters);
    }

    public ReviewSelection withPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
        return new ReviewSelection(query, start, end, filters);
    }

    /** Whether anything narrows the notes themselves, not only the conversations they came from. */
    public boolean narrowsNotes() {
        return !query.isEmpty() || filters.keySet().stream().anyMatch(f -> !f.ofConversation());
    }

    /** The selection as address-bar parameters, in a stable order; empty parts are left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            parameters.put("q", List.of(query));
        }
        if (from != null) {
            parameters.put("from", List.of(from.toString()));
        }
        if (to != null) {
            parameters.put("to", List.of(to.toString()));
        }
        filters.forEach((facet, value) -> parameters.put(facet.parameter(), List.of(value)));
        return parameters;
    }

    /** The selection these address-bar parameters describe; what cannot be read is left out. */
    public static ReviewSelection fromParameters(Map<String, List<String>> parameters) {
        EnumMap<Facet, String> filters = new EnumMap<>(Facet.class);
        parameters.forEach((name, values) -> Facet.ofParameter(name)
                .ifPresent(facet -> values.stream().findFirst().ifPresent(v -> filters.put(facet, v))));
        return new ReviewSelection(
                first(parameters, "q").orElse(""), date(parameters, "from"), date(parameters, "to"), filters);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static @Nullable LocalDate date(Map<String, List<String>> parameters, String name) {
        try {
            return first(parameters, name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
