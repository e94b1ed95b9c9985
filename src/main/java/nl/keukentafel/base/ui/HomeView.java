package nl.keukentafel.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** Where staff land after logging in: a short explanation of what each of their roles can do. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication) {
        addClassName("home-view");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        // By role name, so the shell does not depend on the security feature (which depends on base).
        for (String role : authentication.getGrantedRoles().stream().sorted().toList()) {
            Paragraph roleText = new Paragraph(getTranslation("home.role." + role.toLowerCase(Locale.ROOT)));
            roleText.addClassName("home-role");
            add(roleText);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
