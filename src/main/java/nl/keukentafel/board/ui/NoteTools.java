package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's tools on one card: show a note written in silence, put it in the spotlight,
 * and a "Meer" menu to put it in a group, merge it with another card, make an agreement of it, or
 * split off a merged note. Cards can also be dragged onto a group chip or onto another card of
 * their column (to merge); the menu is the keyboard and touch way to do the same.
 */
final class NoteTools {

    private final FacilitationService facilitation;
    private final ConversationId id;
    private final Supplier<@Nullable BoardContent> current;
    private final Function<Category, ColumnTools> columns;
    private final Consumer<BoardContent.Card> agreement;

    NoteTools(
            FacilitationService facilitation,
            ConversationId id,
            Supplier<@Nullable BoardContent> current,
            Function<Category, ColumnTools> columns,
            Consumer<BoardContent.Card> agreement) {
        this.facilitation = facilitation;
        this.id = id;
        this.current = current;
        this.columns = columns;
        this.agreement = agreement;
    }

    /** The buttons for a card on the board (not for one that is hidden). */
    List<Component> actions(Component context, BoardContent.Card card) {
        List<Component> actions = new ArrayList<>(3);
        String note = FacilitationBar.snippet(card.text());
        if (card.unrevealed()) {
            Button reveal = new Button(
                    context.getTranslation("fac.note.reveal"),
                    e -> Notifications.attempt(() -> facilitation.revealNote(id, card.id())));
            reveal.setId("reveal-note-" + card.id().value());
            reveal.setAriaLabel(context.getTranslation("fac.note.reveal.label", note));
            reveal.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            actions.add(reveal);
        }
        boolean inSpotlight = card.id().equals(spotlight());
        Button spotlight = new Button(
                context.getTranslation(inSpotlight ? "fac.note.spotlight-stop" : "fac.note.spotlight"),
                e -> Notifications.attempt(() -> facilitation.spotlight(id, inSpotlight ? null : card.id())));
        spotlight.setId("spotlight-" + card.id().value());
        spotlight.setAriaLabel(context.getTranslation(
                inSpotlight ? "fac.note.spotlight-stop.label" : "fac.note.spotlight.label", note));
        spotlight.addThemeVariants(ButtonVariant.SMALL, inSpotlight ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        actions.add(spotlight);
        actions.add(menu(context, card, note));
        return actions;
    }

    private MenuBar menu(Component context, BoardContent.Card card, String note) {
        MenuBar menu = new MenuBar();
        menu.setId("note-menu-" + card.id().value());
        menu.addClassName("fac-note-menu");
        menu.addThemeVariants(MenuBarVariant.SMALL, MenuBarVariant.TERTIARY);
        MenuItem more = menu.addItem(context.getTranslation("fac.note.more"));
        more.setAriaLabel(context.getTranslation("fac.note.more.label", note));
        SubMenu items = more.getSubMenu();
        SubMenu group = items.addItem(context.getTranslation("fac.note.group")).getSubMenu();
        BoardContent view = current.get();
        List<BoardContent.Group> groups = view == null
                ? List.of()
                : view.facilitation().groups().stream()
                        .filter(g -> g.category().equals(card.category()))
                        .toList();
        for (BoardContent.Group each : groups) {
            MenuItem into = group.addItem(each.name(), e -> move(card, each.id()));
            into.setCheckable(true);
            into.setChecked(Objects.equals(card.extras().group(), each.id()));
        }
        MenuItem none = group.addItem(context.getTranslation("fac.note.no-group"), e -> move(card, null));
        none.setCheckable(true);
        none.setChecked(card.extras().group() == null);
        group.addItem(
                context.getTranslation("fac.note.new-group"),
                e -> columns.apply(card.category()).newGroup(card));
        items.addItem(context.getTranslation("fac.note.merge"), e -> openMerge(card));
        items.addItem(context.getTranslation("fac.note.agreement"), e -> agreement.accept(card));
        for (BoardContent.Merged merged : card.extras().merged()) {
            items.addItem(
                    context.getTranslation("fac.note.unmerge", FacilitationBar.snippet(merged.text())),
                    e -> Notifications.attempt(() -> facilitation.unmerge(id, merged.id())));
        }
        return menu;
    }

    private void move(BoardContent.Card card, @Nullable Long group) {
        Notifications.attempt(() -> facilitation.moveToGroup(id, card.id(), group));
    }

    private void openMerge(BoardContent.Card card) {
        BoardContent view = current.get();
        List<BoardContent.Card> others = view == null
                ? List.of()
                : view.notes().stream()
                        .filter(other -> other.category().equals(card.category())
                                && !other.id().equals(card.id())
                                && !other.moderated())
                        .toList();
        new MergeDialog(card, others, into -> facilitation.merge(id, card.id(), into.id())).open();
    }

    /** Lets a card be dragged (onto a group or another card), and take another card to merge. */
    void fitOut(NoteCardView view) {
        DragSource<NoteCardView> source = DragSource.create(view);
        source.setEffectAllowed(EffectAllowed.MOVE);
        DropTarget<NoteCardView> target = DropTarget.create(view);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragSourceComponent()
                .filter(NoteCardView.class::isInstance)
                .map(dragged -> ((NoteCardView) dragged).card())
                .filter(dragged -> !dragged.id().equals(view.card().id())
                        && dragged.category().equals(view.card().category()))
                .ifPresent(dragged -> Notifications.attempt(
                        () -> facilitation.merge(id, dragged.id(), view.card().id()))));
    }

    /** Whether the cards' menus and spotlight buttons must be drawn again for this change. */
    static boolean changesActions(@Nullable BoardContent before, BoardContent after) {
        return before != null
                && (!Objects.equals(spotlightOf(before), spotlightOf(after))
                        || !groupNames(before).equals(groupNames(after)));
    }

    /** The groups as the menus name them (their dots do not matter to the menus). */
    private static List<String> groupNames(BoardContent view) {
        return view.facilitation().groups().stream()
                .map(group -> group.id() + ":" + group.name())
                .toList();
    }

    private @Nullable NoteId spotlight() {
        return spotlightOf(current.get());
    }

    private static @Nullable NoteId spotlightOf(@Nullable BoardContent view) {
        BoardContent.Card card = view == null ? null : view.facilitation().spotlight();
        return card == null ? null : card.id();
    }
}
