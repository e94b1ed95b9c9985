package nl.keukentafel.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which audit events to list; every part is optional. */
public record AuditFilter(
        @Nullable AuditAction action,
        @Nullable String actor,
        @Nullable Long conversationId,
        @Nullable Instant from,
        @Nullable Instant until) {}
