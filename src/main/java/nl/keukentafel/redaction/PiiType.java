package nl.keukentafel.redaction;

import java.util.Locale;

/**
 * The kinds of personal details the redaction step replaces, each with its placeholder. The order
 * is the priority when two findings overlap: an e-mail address wins over a name inside it, a BSN
 * over a phone number that happens to look the same.
 */
public enum PiiType {
    EMAIL("[e-mail]"),
    IBAN("[IBAN]"),
    BSN("[BSN]"),
    DATE_OF_BIRTH("[geboortedatum]"),
    CASE_NUMBER("[dossiernummer]"),
    LICENCE_PLATE("[kenteken]"),
    PHONE("[telefoon]"),
    ADDRESS("[adres]"),
    PERSON("[naam]");

    private final String dutchPlaceholder;

    PiiType(String dutchPlaceholder) {
        this.dutchPlaceholder = dutchPlaceholder;
    }

    /** Translation key of the placeholder, e.g. {@code redaction.placeholder.date-of-birth}. */
    public String placeholderKey() {
        return "redaction.placeholder." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The Dutch placeholder, for text stored or written without a reader's language. */
    public String dutchPlaceholder() {
        return dutchPlaceholder;
    }
}
