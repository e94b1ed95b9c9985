package nl.keukentafel.base;

import java.text.Normalizer;

/**
 * Cleans text that people type before any service stores it: composed Unicode (NFC), no control
 * characters (the database refuses NUL, and others garble screens and logs), no direction
 * overrides that make text read differently from how it is stored, and no more than a few
 * combining marks on one letter ("Zalgo" text that spills over neighbouring cards).
 *
 * <p>{@link #text} is for multi-line texts (notes, introductions): new lines and tabs stay, a
 * zero-width joiner stays (emoji such as families need it). {@link #line} is for names and titles:
 * one line, and no invisible characters at all, so two names that look the same are the same.
 */
public final class TextInput {

    /** Most combining marks kept on one base character; real scripts (Vietnamese) need three. */
    public static final int MAX_COMBINING_MARKS = 3;

    private TextInput() {}

    /** A multi-line text, cleaned; line breaks become {@code \n}. */
    public static String text(String raw) {
        return clean(raw, true);
    }

    /** A single-line text (a name, a title), cleaned; line breaks and tabs become spaces. */
    public static String line(String raw) {
        return clean(raw, false);
    }

    private static String clean(String raw, boolean multiLine) {
        String input = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(input.length());
        int marks = 0;
        for (int i = 0; i < input.length(); ) {
            int c = input.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029) {
                out.append(multiLine ? (c == '\t' ? '\t' : '\n') : ' ');
                marks = 0;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL || isDirectionControl(c) || isInvisible(c, multiLine)) {
                continue;
            }
            if (isCombiningMark(c)) {
                if (++marks > MAX_COMBINING_MARKS) {
                    continue;
                }
            } else {
                marks = 0;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM. */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }

    /**
     * Zero-width space, word joiner, byte-order mark, soft hyphen and the like; the zero-width
     * joiner only in single-line texts (it builds emoji in notes). The zero-width non-joiner stays:
     * Persian words need it.
     */
    private static boolean isInvisible(int c, boolean multiLine) {
        return c == 0x200B
                || c == 0x2060
                || c == 0xFEFF
                || c == 0x00AD
                || c == 0x180E
                || c == 0x200D && !multiLine
                || (c >= 0x2061 && c <= 0x2064);
    }

    private static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
