package nl.keukentafel.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator's privacy settings: the organisation residents can turn to, its contact, and how
 * many months after close a conversation's personal data is kept unless the conversation sets its
 * own term.
 */
@Component
public class PrivacySettings {

    private final String organisation;
    private final String contact;
    private final int retentionMonths;

    PrivacySettings(
            @Value("${keukentafel.privacy.organisation}") String organisation,
            @Value("${keukentafel.privacy.contact}") String contact,
            @Value("${keukentafel.privacy.retention-months:12}") int retentionMonths) {
        if (retentionMonths < 1 || retentionMonths > 120) {
            throw new IllegalArgumentException(
                    "keukentafel.privacy.retention-months must be between 1 and 120, not " + retentionMonths);
        }
        this.organisation = organisation;
        this.contact = contact;
        this.retentionMonths = retentionMonths;
    }

    public String organisation() {
        return organisation;
    }

    public String contact() {
        return contact;
    }

    public int retentionMonths() {
        return retentionMonths;
    }
}
