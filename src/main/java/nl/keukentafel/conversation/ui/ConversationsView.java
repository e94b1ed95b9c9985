package nl.keukentafel.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.ui.BoardNavigation;
import nl.keukentafel.conversation.Colleague;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.security.Roles;

/**
 * The conversations a facilitator runs, their own and those they co-facilitate, grouped as live,
 * prepared and closed, with what can be done next.
 */
@Route("conversations")
@RolesAllowed(Roles.FACILITATOR)
@Menu(title = "nav.conversations", order = 10, icon = "vaadin:coffee")
class ConversationsView extends VerticalLayout implements HasDynamicTitle {

    private final ConversationService conversations;
    private final VerticalLayout sections = new VerticalLayout();

    ConversationsView(ConversationService conversations) {
        this.conversations = conversations;
        addClassName("conversations-view");
        Button prepare = new Button(
                getTranslation("conversations.new"),
                VaadinIcon.PLUS.create(),
                e -> ConversationNavigation.toNewConversation());
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        prepare.setId("new-conversation");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("conversations.title")), prepare);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        sections.setPadding(false);
        add(header, sections);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        List<Conversation> mine = conversations.mine();
        for (ConversationStatus status :
                List.of(ConversationStatus.LIVE, ConversationStatus.PREPARED, ConversationStatus.CLOSED)) {
            List<Conversation> inStatus =
                    mine.stream().filter(c -> c.status() == status).toList();
            H2 title = new H2(getTranslation(status.labelKey()) + " (" + inStatus.size() + ")");
            sections.add(title);
            if (inStatus.isEmpty()) {
                sections.add(new Paragraph(getTranslation("conversations.none")));
                continue;
            }
            Grid<Conversation> grid = new Grid<>(Conversation.class, false);
            grid.setId("conversations-" + status.name().toLowerCase(java.util.Locale.ROOT));
            grid.addColumn(Conversation::title)
                    .setHeader(getTranslation("conversation.title"))
                    .setKey("title")
                    .setFlexGrow(2);
            grid.addColumn(Conversation::themeName)
                    .setHeader(getTranslation("conversation.theme"))
                    .setKey("theme");
            grid.addColumn(c ->
                            c.municipalityName() + (c.neighbourhoodName() == null ? "" : ", " + c.neighbourhoodName()))
                    .setHeader(getTranslation("conversation.place"))
                    .setKey("place");
            grid.addColumn(c -> Dates.dateTime(c.startsAt(), getLocale()))
                    .setHeader(getTranslation("conversation.starts-at"))
                    .setKey("startsAt");
            grid.addColumn(ConversationsView::facilitators)
                    .setHeader(getTranslation("conversation.facilitators"))
                    .setKey("facilitators");
            grid.addColumn(c -> c.joinCode() == null ? "" : c.joinCode().display())
                    .setHeader(getTranslation("conversation.join-code"))
                    .setKey("code");
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("conversations.actions"))
                    .setFlexGrow(2);
            grid.setItems(inStatus);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation(status.labelKey()));
            sections.add(grid);
        }
    }

    private HorizontalLayout actions(Conversation c) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        String id = String.valueOf(c.id().value());
        switch (c.status()) {
            case PREPARED -> {
                Button edit = small("conversations.edit", "edit-" + id, () -> ConversationNavigation.toEdit(c.id()));
                Button live = small(
                        "conversations.go-live",
                        "go-live-" + id,
                        () -> run(() -> conversations.goLive(c.id()), "conversations.live-started"));
                live.addThemeVariants(ButtonVariant.PRIMARY);
                actions.add(live, edit);
            }
            case LIVE -> {
                Button board = small(
                        "conversations.open-board", "board-" + id, () -> BoardNavigation.toFacilitatorBoard(c.id()));
                board.addThemeVariants(ButtonVariant.PRIMARY);
                Button projector = small(
                        "conversations.open-projector", "projector-" + id, () -> BoardNavigation.toProjector(c.id()));
                Button edit = small("conversations.edit", "edit-" + id, () -> ConversationNavigation.toEdit(c.id()));
                Button close = small("conversations.close", "close-" + id, () -> confirmClose(c));
                close.addThemeVariants(ButtonVariant.ERROR);
                actions.add(board, projector, edit, close);
            }
            case CLOSED ->
                actions.add(small(
                        "conversations.open-board", "board-" + id, () -> BoardNavigation.toFacilitatorBoard(c.id())));
        }
        return actions;
    }

    /** Who runs the conversation: its facilitator first, then the co-facilitators. */
    private static String facilitators(Conversation c) {
        return Stream.concat(
                        Stream.of(c.facilitatorName()),
                        c.coFacilitators().stream().map(Colleague::displayName))
                .collect(Collectors.joining(", "));
    }

    private void confirmClose(Conversation c) {
        Confirmations.confirmDestructive(
                getTranslation("conversations.close-title"),
                getTranslation("conversations.close-explain", c.title()),
                getTranslation("conversations.close"),
                () -> run(() -> conversations.close(c.id()), "conversations.closed"));
    }

    private Button small(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }

    private void run(Runnable action, String successKey) {
        if (Notifications.attempt(action)) {
            Notifications.success(this, successKey);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conversations.title") + " · " + getTranslation("app.name");
    }
}
