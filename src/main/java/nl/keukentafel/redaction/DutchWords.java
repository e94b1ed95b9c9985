package nl.keukentafel.redaction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The OpenTaal Dutch word list ({@code dutch-words.txt.gz}, sorted by byte order): its lower-case
 * words, and its capitalised words that are no names (in their own case), held as one byte array with offsets (a few megabytes, not a set of 350,000 strings) and
 * searched by halving. Tells an ordinary word from a likely name: "Osagie" and "Tadesse" are no
 * Dutch words, "Schuldhulpmaatje" is one made of two ("schuldhulp" + "maatje").
 */
final class DutchWords {

    private final byte[] bytes;
    private final int[] starts;

    private DutchWords(byte[] bytes, int[] starts) {
        this.bytes = bytes;
        this.starts = starts;
    }

    static DutchWords load() {
        byte[] all;
        try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
                DutchWords.class.getResourceAsStream("/redaction/dutch-words.txt.gz"), "missing dutch-words.txt.gz"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(5_000_000);
            in.transferTo(out);
            all = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Dutch word list", e);
        }
        int[] starts = new int[1024];
        int count = 0;
        int lineStart = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i > lineStart && all[lineStart] != '#') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = lineStart;
                }
                lineStart = i + 1;
            }
        }
        return new DutchWords(all, Arrays.copyOf(starts, count));
    }

    /** Whether the word, exactly as given, is in the list. */
    boolean contains(String exact) {
        byte[] word = exact.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = compare(starts[middle], word);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case word is a Dutch word or a compound of two (with a linking "s" or "e"
     * allowed): "wijkraad", "telefooncirkel", "schuldhulpmaatje".
     */
    boolean isWordOrCompound(String lowerCase) {
        if (contains(lowerCase)) {
            return true;
        }
        for (int split = 3; split <= lowerCase.length() - 4; split++) {
            String tail = lowerCase.substring(split);
            if (!contains(tail)) {
                continue;
            }
            String head = lowerCase.substring(0, split);
            if (contains(head)
                    || (head.endsWith("s") || head.endsWith("e")) && contains(head.substring(0, head.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Compares the list's entry at {@code start} with {@code word}, byte by byte (unsigned). */
    private int compare(int start, byte[] word) {
        int i = start;
        int j = 0;
        while (i < bytes.length && bytes[i] != '\n' && j < word.length) {
            int c = Byte.toUnsignedInt(bytes[i]) - Byte.toUnsignedInt(word[j]);
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        boolean entryEnded = i >= bytes.length || bytes[i] == '\n';
        if (entryEnded && j == word.length) {
            return 0;
        }
        return entryEnded ? -1 : 1;
    }
}
