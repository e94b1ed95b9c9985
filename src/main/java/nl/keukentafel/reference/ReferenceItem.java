package nl.keukentafel.reference;

import org.jspecify.annotations.Nullable;

/**
 * One entry of reference data. {@code parentId}/{@code parentName} are the work team of a theme or
 * the municipality of a neighbourhood; null for the other kinds.
 */
public record ReferenceItem(
        ReferenceKind kind,
        long id,
        String name,
        String description,
        @Nullable Long parentId,
        @Nullable String parentName,
        boolean active) {}
