package nl.keukentafel.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists the name finder reads, from {@code src/main/resources/redaction/} (sources in
 * README "Data sources" and SOURCES.md there): first names, surnames, names that are also ordinary
 * words, tussenvoegsels, and capitalised words that are not people (places, organisations, schemes,
 * idioms). The {@code *-extra.txt} lists are generated (tools/redaction-lists).
 */
record NameLists(
        Set<String> commonFirstNames,
        Set<String> firstNames,
        Set<String> surnames,
        Set<String> ambiguous,
        Set<String> wordLike,
        Set<String> tussenvoegsels,
        Set<String> notNames) {

    static NameLists load() {
        Set<String> common = read("first-names.txt");
        return new NameLists(
                common,
                union(common, read("first-names-extra.txt")),
                union(read("surnames.txt"), read("surnames-extra.txt")),
                read("ambiguous-names.txt"),
                read("ambiguous-names-extra.txt"),
                read("tussenvoegsels.txt"),
                read("not-names.txt"));
    }

    /** A first name; a double name counts when its first part is one ("Pieter-Bas", "Dirk-Jan"). */
    boolean isFirstName(String word) {
        String lower = lower(word);
        int hyphen = lower.indexOf('-');
        return firstNames.contains(lower) || hyphen > 0 && firstNames.contains(lower.substring(0, hyphen));
    }

    /**
     * Whether a first name counts even when written in lower case ({@code ik belde met fatima}): only
     * the common names of our own list that are not also words. The long generated list has names
     * from many languages that are English or other words, so those need a capital.
     */
    boolean countsInLowerCase(String word) {
        return commonFirstNames.contains(lower(word)) && !isAmbiguous(word);
    }

    boolean isSurname(String word) {
        return surnames.contains(lower(word));
    }

    /**
     * Whether a name is also an ordinary word: by our own list, or by the Dutch word list for names
     * that our list of common first names does not have (it knows "Wouter" is a name first).
     */
    boolean isAmbiguous(String word) {
        String lower = lower(word);
        return ambiguous.contains(lower) || wordLike.contains(lower) && !commonFirstNames.contains(lower);
    }

    boolean isTussenvoegsel(String word) {
        return tussenvoegsels.contains(lower(word));
    }

    boolean isNotAName(String word) {
        return notNames.contains(lower(word));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> read(String file) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(
                        NameLists.class.getResourceAsStream("/redaction/" + file), "missing list " + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(lower(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the redaction list " + file, e);
        }
        return Set.copyOf(words);
    }
}
