package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Gives the "show password" button of every password field under a component its label in the
 * page's language. Vaadin's Java API has no text for it (the web component's {@code i18n.reveal}
 * stays "Show password" on a Dutch page), so the browser sets it once the fields are drawn.
 */
public final class PasswordReveal {

    private PasswordReveal() {}

    public static void translate(Component root) {
        root.getElement().executeJs("""
                        const label = $0, host = this;
                        const apply = () => {
                          const fields = Array.from(host.querySelectorAll('vaadin-password-field'));
                          if (host.localName === 'vaadin-password-field') { fields.push(host); }
                          fields.forEach(f => { f.i18n = Object.assign({}, f.i18n || {}, { reveal: label }); });
                          return fields.length > 0;
                        };
                        customElements.whenDefined('vaadin-password-field')
                          .then(() => requestAnimationFrame(() => { if (!apply()) { setTimeout(apply, 300); } }));
                        """, root.getTranslation("password.reveal"));
    }
}
