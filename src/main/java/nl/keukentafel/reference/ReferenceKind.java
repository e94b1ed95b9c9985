package nl.keukentafel.reference;

/** The kinds of reference data, each stored in its own table. */
public enum ReferenceKind {
    WERKTEAM("werkteam", true),
    THEME("theme", true),
    MUNICIPALITY("municipality", false),
    NEIGHBOURHOOD("neighbourhood", false),
    /** Regulations and schemes that team members tag notes with in the review area. */
    REGULATION("regulation", true);

    private final String table;
    private final boolean described;

    ReferenceKind(String table, boolean described) {
        this.table = table;
        this.described = described;
    }

    /** Whether items of this kind carry a description. */
    public boolean hasDescription() {
        return described;
    }

    String table() {
        return table;
    }

    /** Translation key of the kind's name. */
    public String labelKey() {
        return "reference.kind." + table;
    }
}
