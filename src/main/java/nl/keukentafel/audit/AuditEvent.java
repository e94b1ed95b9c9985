package nl.keukentafel.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail. {@code actor} is a staff account name, {@code participant} for a
 * resident acting on their own notes, or {@code system} for scheduled work. {@code detail} says in words what an export or a
 * report was about.
 */
public record AuditEvent(
        long id,
        Instant at,
        String actor,
        AuditAction action,
        @Nullable Long conversationId,
        @Nullable Long objectId,
        @Nullable Integer noteCount,
        @Nullable String detail) {}
