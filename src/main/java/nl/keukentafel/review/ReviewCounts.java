package nl.keukentafel.review;

import java.util.Map;

/**
 * How many notes a selection holds, and per facet how many have each value; a facet's own filter
 * is left out of its counts, so its other values stay in view.
 */
public record ReviewCounts(Map<Facet, Map<String, Integer>> facets, int total) {

    /** The counts of one facet, by value. */
    public Map<String, Integer> of(Facet facet) {
        return facets.getOrDefault(facet, Map.of());
    }
}
