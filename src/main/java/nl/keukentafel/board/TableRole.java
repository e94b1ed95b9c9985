package nl.keukentafel.board;

import java.util.Locale;

/** In what role someone sits at the table; always shown next to their notes. */
public enum TableRole {
    RESIDENT,
    ON_BEHALF_OF_RESIDENT,
    POLICY_MAKER,
    SOCIAL_ENTREPRENEUR,
    PROFESSIONAL,
    TEACHER_RESEARCHER,
    STUDENT;

    public String labelKey() {
        return "table-role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
