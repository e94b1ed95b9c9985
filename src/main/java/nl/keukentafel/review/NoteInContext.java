package nl.keukentafel.review;

import java.util.List;

/**
 * A released note in the context of its board: the released notes written just before and after it
 * (still redacted and anonymous), the insights it supports, and who tagged it when.
 */
public record NoteInContext(
        ReleasedNote note,
        List<ReleasedNote> before,
        List<ReleasedNote> after,
        List<Insight.Summary> insights,
        List<TagChange> history) {}
