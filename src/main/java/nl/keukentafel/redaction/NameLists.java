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
        Set<String> worldSurnames,
        Set<String> ambiguous,
        Set<String> wordLike,
        Set<String> tussenvoegsels,
        Set<String> notNames,
        Set<String> places,
        DutchWords dutchWords) {

    static NameLists load() {
        Set<String> common = read("first-names.txt");
        return new NameLists(
                common,
                union(common, read("first-names-extra.txt")),
                union(read("surnames.txt"), read("surnames-extra.txt")),
                read("surnames-world.txt"),
                read("ambiguous-names.txt"),
                read("ambiguous-names-extra.txt"),
                read("tussenvoegsels.txt"),
                read("not-names.txt"),
                read("places.txt"),
                DutchWords.load());
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

    /** A surname of the origins most common in Dutch cities: counts on its own, with a capital. */
    boolean isSurname(String word) {
        return surnames.contains(lower(word));
    }

    /**
     * A surname from any of the lists, including those of other origins ("Popa", "Boateng",
     * "Shevchenko"): counts next to a first name or after a cue, not on its own.
     */
    boolean isAnySurname(String word) {
        String lower = lower(word);
        return surnames.contains(lower) || worldSurnames.contains(lower);
    }

    /**
     * Whether a word looks like a name: a first name or surname of any list that is not also a
     * word, or a word that no list and no dictionary knows.
     */
    boolean isNameLike(String word) {
        return (isFirstName(word) || isAnySurname(word)) && !isAmbiguous(word) && !isNotAName(word)
                || isUnknownWord(word);
    }

    /**
     * A first name from our own list of names that are also words ("roos", "noor", "bas"), which
     * counts in lower case only with support (a kinship cue, "met … van het wijkteam"); not the
     * verb forms "ben" and "wil".
     */
    boolean isCommonWordName(String word) {
        String lower = lower(word);
        return ambiguous.contains(lower) && isFirstName(lower) && !lower.equals("ben") && !lower.equals("wil");
    }

    /** A Dutch place, province or country (in Dutch). */
    boolean isPlace(String word) {
        return places.contains(lower(word));
    }

    /** An ordinary Dutch word, or a compound of two. */
    boolean isDutchWord(String word) {
        return dutchWords.isWordOrCompound(lower(word));
    }

    /** A word of the Dutch word list as it stands, not as a compound of two. */
    boolean isListedDutchWord(String word) {
        return dutchWords.contains(lower(word));
    }

    /**
     * A word that is neither a Dutch word, a place, a known non-name nor a tussenvoegsel, at least
     * three letters long: in a person-like context, most likely a name no list has.
     */
    boolean isUnknownWord(String word) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String lower = lower(word);
        return !notNames.contains(lower)
                && !tussenvoegsels.contains(lower)
                && !places.contains(lower)
                && !ambiguous.contains(lower)
                && !wordLike.contains(lower)
                && !dutchWords.isWordOrCompound(lower)
                && !isProperNoun(word);
    }

    /**
     * A capitalised word of the Dutch word list that is no name: a language, nationality, brand or
     * organisation ("Hongaars", "Eneco", "Sranantongo").
     */
    boolean isProperNoun(String word) {
        String lower = lower(word);
        return dutchWords.contains(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
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
        return tussenvoegsels.contains(lower(word).replace('’', '\''));
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
