package nl.keukentafel.conversation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code residents type or scan to join a live conversation: six characters without the
 * look-alikes 0/O, 1/I/L, shown as "ABC-234" so it is easy to read aloud.
 */
public record JoinCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    public JoinCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a join code: " + value);
        }
    }

    /** Reads what a person typed: case, spaces and dashes do not matter. */
    public static Optional<JoinCode> parse(String input) {
        String cleaned = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (cleaned.length() != LENGTH || !cleaned.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(cleaned));
    }

    static JoinCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** For people: "ABC-234". */
    public String display() {
        return value.substring(0, 3) + "-" + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
