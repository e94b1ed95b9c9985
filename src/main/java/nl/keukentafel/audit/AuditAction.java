package nl.keukentafel.audit;

import java.util.Locale;

/** What was done with personal data; each is one row in the audit trail. */
public enum AuditAction {
    CONSENT_CHANGED,
    CONSENT_ROUND_STARTED,
    CONSENT_ROUND_ANSWERED,
    ORIGINAL_VIEWED,
    REDACTION_CORRECTED,
    OWN_NOTES_DOWNLOADED,
    EXPORT_MADE,
    REPORT_PUBLISHED,
    PARTICIPANT_ERASED,
    CONVERSATION_ERASED,
    RETENTION_RUN;

    public String labelKey() {
        return "audit.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
