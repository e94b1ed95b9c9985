package nl.keukentafel.redaction;

import java.util.Locale;

/**
 * The kinds of personal details the redaction step replaces, each with its placeholder. The order
 * is the priority when two findings overlap: an e-mail address wins over a name inside it, a BSN
 * over a phone number that happens to look the same.
 */
public enum PiiType {
    EMAIL,
    IBAN,
    BSN,
    DATE_OF_BIRTH,
    CASE_NUMBER,
    LICENCE_PLATE,
    PHONE,
    ADDRESS,
    PERSON;

    /** Translation key of the placeholder, e.g. {@code redaction.placeholder.date-of-birth}. */
    public String placeholderKey() {
        return "redaction.placeholder." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
