package nl.keukentafel.board.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.keukentafel.base.Dates;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;

/** Team members find closed conversations here and open their boards read-only. */
@Route("archive")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
@Menu(title = "nav.archive", order = 20, icon = "vaadin:archive")
class ArchiveView extends VerticalLayout implements HasDynamicTitle {

    ArchiveView(ConversationService conversations) {
        addClassName("archive-view");
        List<Conversation> closed = conversations.closed();
        add(new H1(getTranslation("archive.title")), new Paragraph(getTranslation("archive.intro")));
        Grid<Conversation> grid = new Grid<>(Conversation.class, false);
        grid.setId("archive");
        grid.addComponentColumn(c -> new Anchor(BoardNavigation.archivedBoardLink(c.id()), c.title()))
                .setHeader(getTranslation("conversation.title"))
                .setFlexGrow(2);
        grid.addColumn(Conversation::themeName).setHeader(getTranslation("conversation.theme"));
        grid.addColumn(Conversation::werkteamName).setHeader(getTranslation("conversation.werkteam"));
        grid.addColumn(c -> c.municipalityName() + (c.neighbourhoodName() == null ? "" : ", " + c.neighbourhoodName()))
                .setHeader(getTranslation("conversation.place"));
        grid.addColumn(c -> Dates.dateTime(c.startsAt(), getLocale()))
                .setHeader(getTranslation("conversation.starts-at"));
        grid.setItems(closed);
        grid.setAriaLabel(getTranslation("archive.title"));
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title") + " · " + getTranslation("app.name");
    }
}
