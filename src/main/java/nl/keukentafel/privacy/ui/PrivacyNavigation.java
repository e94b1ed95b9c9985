package nl.keukentafel.privacy.ui;

/** The privacy page as other features link to it (from every join step and the tablet). */
public final class PrivacyNavigation {

    private PrivacyNavigation() {}

    public static String link() {
        return PrivacyView.ROUTE;
    }
}
