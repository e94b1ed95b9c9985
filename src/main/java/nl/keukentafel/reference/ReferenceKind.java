package nl.keukentafel.reference;

/** The kinds of reference data, each stored in its own table. */
public enum ReferenceKind {
    WERKTEAM("werkteam"),
    THEME("theme"),
    MUNICIPALITY("municipality"),
    NEIGHBOURHOOD("neighbourhood");

    private final String table;

    ReferenceKind(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }

    /** Translation key of the kind's name. */
    public String labelKey() {
        return "reference.kind." + table;
    }
}
