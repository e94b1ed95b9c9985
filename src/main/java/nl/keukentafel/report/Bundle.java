package nl.keukentafel.report;

import java.time.Instant;
import java.util.List;

/** A stored casuïstiekbundel with its cases in order. */
public record Bundle(long id, BundleDraft draft, int version, String updatedBy, Instant updatedAt, List<Case> cases) {

    /** A case of the bundle. */
    public record Case(long id, int position, CaseDraft draft) {}

    /** A bundle in the list. */
    public record Summary(long id, String title, int cases, String updatedBy, Instant updatedAt) {}
}
