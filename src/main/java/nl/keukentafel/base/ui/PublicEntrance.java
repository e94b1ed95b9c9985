package nl.keukentafel.base.ui;

/**
 * A screen people without an account can open, offered on the staff login page, which is where a
 * resident lands who types the product's address (for residents: joining a table with a code).
 * Features contribute entrances as Spring beans, so the login page needs no dependency on them.
 */
public interface PublicEntrance {

    /** Translation key of a sentence that says who the entrance is for. */
    String introKey();

    /** Translation key of the link's text. */
    String labelKey();

    /** The address the link opens. */
    String link();
}
