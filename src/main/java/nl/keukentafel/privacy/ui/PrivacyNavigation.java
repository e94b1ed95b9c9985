package nl.keukentafel.privacy.ui;

/**
 * The privacy page and the accessibility statement as other features link to them (from every
 * join step and the tablet).
 */
public final class PrivacyNavigation {

    private PrivacyNavigation() {}

    public static String link() {
        return PrivacyView.ROUTE;
    }

    /** The accessibility statement (toegankelijkheidsverklaring). */
    public static String accessibilityLink() {
        return AccessibilityStatementView.ROUTE;
    }
}
