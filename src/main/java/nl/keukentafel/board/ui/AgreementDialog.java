package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.AgreementDraft;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.ParticipantId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;

/**
 * Writes an agreement down, or changes one: what, who does it (a role at the table, a participant,
 * an organisation, or nobody yet) and by when. A new agreement gets its client id when the dialog
 * opens, so a second click on "Opslaan" before the dialog closes stores it only once.
 */
class AgreementDialog extends Dialog {

    /** Who does what was agreed: the one kind of owner the draft may name. */
    enum Owner {
        NONE,
        ROLE,
        PARTICIPANT,
        ORGANISATION;

        String labelKey() {
            return "fac.agreement.who." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final UUID clientId = UUID.randomUUID();
    private final TextArea what = new TextArea();
    private final RadioButtonGroup<Owner> owner = new RadioButtonGroup<>();
    private final Select<TableRole> role = new Select<>();
    private final Select<BoardContent.Seat> participant = new Select<>();
    private final TextField organisation = new TextField();
    private final DatePicker due = new DatePicker();

    /** A new agreement, from scratch or (with {@code note}) from a note, its text filled in. */
    static AgreementDialog create(
            FacilitationService facilitation,
            ConversationId id,
            List<BoardContent.Seat> seats,
            BoardContent.@Nullable Card note) {
        AgreementDialog dialog = new AgreementDialog(seats, null);
        if (note != null) {
            dialog.what.setValue(
                    note.text().length() > AgreementDraft.MAX_WHAT
                            ? note.text().substring(0, AgreementDraft.MAX_WHAT)
                            : note.text());
        }
        NoteId from = note == null ? null : note.id();
        dialog.onSave(() -> facilitation.addAgreement(id, dialog.clientId, dialog.draft(from)));
        return dialog;
    }

    /** Changes an agreement that was made before. */
    static AgreementDialog edit(
            FacilitationService facilitation,
            ConversationId id,
            List<BoardContent.Seat> seats,
            BoardContent.Agreement agreement) {
        AgreementDialog dialog = new AgreementDialog(seats, agreement);
        dialog.onSave(() -> facilitation.editAgreement(id, agreement.id(), dialog.draft(agreement.note())));
        return dialog;
    }

    private AgreementDialog(List<BoardContent.Seat> seats, BoardContent.@Nullable Agreement agreement) {
        setHeaderTitle(getTranslation(agreement == null ? "fac.agreement.title.new" : "fac.agreement.title.edit"));
        setId("agreement-dialog");
        addClassName("fac-agreement-dialog");
        what.setLabel(getTranslation("fac.agreement.what"));
        what.setId("agreement-what");
        what.setMaxLength(AgreementDraft.MAX_WHAT);
        what.setRequired(true);
        what.setWidthFull();
        owner.setLabel(getTranslation("fac.agreement.who"));
        owner.setId("agreement-owner");
        owner.setItems(Owner.values());
        owner.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        owner.setValue(Owner.NONE);
        role.setLabel(getTranslation("fac.agreement.role"));
        role.setId("agreement-role");
        role.setItems(TableRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        List<BoardContent.Seat> present =
                seats.stream().filter(seat -> !seat.removed()).toList();
        participant.setLabel(getTranslation("fac.agreement.participant"));
        participant.setId("agreement-participant");
        participant.setItems(present);
        participant.setItemLabelGenerator(this::seatLabel);
        organisation.setLabel(getTranslation("fac.agreement.organisation"));
        organisation.setId("agreement-organisation");
        organisation.setMaxLength(AgreementDraft.MAX_ORGANISATION);
        due.setLabel(getTranslation("fac.agreement.due"));
        due.setId("agreement-due");
        due.setMin(LocalDate.now());
        if (agreement != null) {
            what.setValue(agreement.what());
            due.setMin(null);
            due.setValue(agreement.dueOn());
            if (agreement.ownerRole() != null) {
                owner.setValue(Owner.ROLE);
                role.setValue(agreement.ownerRole());
            } else if (agreement.ownerParticipant() != null) {
                owner.setValue(Owner.PARTICIPANT);
                present.stream()
                        .filter(seat -> seat.id().equals(agreement.ownerParticipant()))
                        .findFirst()
                        .ifPresent(participant::setValue);
            } else if (agreement.ownerOrganisation() != null) {
                owner.setValue(Owner.ORGANISATION);
                organisation.setValue(agreement.ownerOrganisation());
            }
        }
        owner.addValueChangeListener(e -> showOwnerField());
        showOwnerField();
        VerticalLayout body = new VerticalLayout(what, owner, role, participant, organisation, due);
        body.setPadding(false);
        body.setSpacing(false);
        add(body);
    }

    private void onSave(Runnable save) {
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(save)) {
                Notifications.success(this, "fac.agreement.saved");
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("agreement-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private void showOwnerField() {
        Owner kind = Objects.requireNonNullElse(owner.getValue(), Owner.NONE);
        role.setVisible(kind == Owner.ROLE);
        participant.setVisible(kind == Owner.PARTICIPANT);
        organisation.setVisible(kind == Owner.ORGANISATION);
    }

    /** What the form says, as a draft; the draft refuses what is not right, with a message. */
    private AgreementDraft draft(@Nullable NoteId note) {
        Owner kind = Objects.requireNonNullElse(owner.getValue(), Owner.NONE);
        TableRole ownerRole = kind == Owner.ROLE ? role.getValue() : null;
        BoardContent.Seat seat = kind == Owner.PARTICIPANT ? participant.getValue() : null;
        ParticipantId ownerParticipant = seat == null ? null : seat.id();
        String ownerOrganisation = kind == Owner.ORGANISATION ? organisation.getValue() : null;
        return new AgreementDraft(
                what.getValue(), ownerRole, ownerParticipant, ownerOrganisation, due.getValue(), note);
    }

    private String seatLabel(BoardContent.Seat seat) {
        String name = seat.name() == null ? getTranslation("note.author.anonymous") : seat.name();
        return name + " · " + getTranslation(seat.role().labelKey());
    }
}
