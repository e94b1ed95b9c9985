package nl.keukentafel.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.TextInput;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardHeading.Stage;
import nl.keukentafel.board.BoardRepository.LiveSeq;
import nl.keukentafel.board.BoardSnapshot.GroupRow;
import nl.keukentafel.board.FacilitationRepository.ActionRow;
import nl.keukentafel.board.FacilitationRepository.AgreementFields;
import nl.keukentafel.board.FacilitationRepository.NoteFacts;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's tools to run a conversation (docs/adr/0013): phases, residents first, silent
 * writing and reveal, spotlight, timer, pause, groups and merges, dot voting, agreements, and undo;
 * and the participants' dots. Every action is a board change like a note: it first takes the
 * board's next sequence number (refused unless the board is live), so it reaches every screen on
 * every node in order, and what each screen gets is decided by its {@link Visibility}.
 */
@Service
public class FacilitationService {

    /** The longest countdown the facilitator can start. */
    public static final Duration LONGEST_TIMER = Duration.ofMinutes(60);

    public static final int MAX_GROUP_NAME = 80;

    private final BoardRepository board;
    private final FacilitationRepository repository;
    private final ConversationService conversations;
    private final WriteLimits limits;
    private final Clock clock;

    FacilitationService(
            BoardRepository board,
            FacilitationRepository repository,
            ConversationService conversations,
            WriteLimits limits,
            Clock clock) {
        this.board = board;
        this.repository = repository;
        this.conversations = conversations;
        this.limits = limits;
        this.clock = clock;
    }

    // Phases and who writes.

    /**
     * Moves the conversation to a phase of its board ({@code null}: no phases, everyone writes
     * everywhere). A new phase starts for residents first where the phase says so, and without
     * silent writing.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void setPhase(ConversationId id, @Nullable Phase phase) {
        LiveSeq live = facilitatorSeq(id);
        if (phase != null && !live.template().phases().contains(phase)) {
            throw new UserMessageException("facilitation.error.phase");
        }
        Stage before = live.stage();
        repository.setPhase(id, phase, false, Set.of());
        record(id, FacilitationAction.PHASE, List.of(), phaseState(before), live.seq());
        AuditLog.event("board.phase", "conversation", id.value(), "phase", phase == null ? "none" : phase.name());
    }

    /** Lets everyone write in a residents-first phase before its time (or holds them back again). */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void openToEveryone(ConversationId id, boolean open) {
        LiveSeq live = facilitatorSeq(id);
        Stage before = live.stage();
        repository.setPhase(id, before.phase(), open, before.silent());
        record(id, FacilitationAction.OPEN_UP, List.of(), Boolean.toString(before.everyoneWrites()), live.seq());
    }

    /**
     * Sets the categories where notes are written in silence: a new note there reaches only its
     * author and the facilitator until revealed. All of the board's categories silences the phase.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void setSilent(ConversationId id, Set<Category> silent) {
        LiveSeq live = facilitatorSeq(id);
        if (!silent.stream().allMatch(live.template()::has)) {
            throw new UserMessageException("note.error.category");
        }
        Stage before = live.stage();
        repository.setPhase(id, before.phase(), before.everyoneWrites(), silent);
        record(id, FacilitationAction.SILENCE, List.of(), keys(before.silent()), live.seq());
    }

    /** Reveals every note written in silence that still waits, of one category or ({@code null}) all. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public int reveal(ConversationId id, @Nullable Category category) {
        LiveSeq live = facilitatorSeq(id);
        List<NoteId> revealed = repository.revealAll(id, category, live.seq());
        if (!revealed.isEmpty()) {
            record(id, FacilitationAction.REVEAL, revealed, null, live.seq());
        }
        return revealed.size();
    }

    /** Reveals one note written in silence. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void revealNote(ConversationId id, NoteId note) {
        LiveSeq live = facilitatorSeq(id);
        NoteFacts facts = note(id, note);
        if (!facts.unrevealed()) {
            return;
        }
        repository.setUnrevealed(List.of(note), false, live.seq());
        record(id, FacilitationAction.REVEAL, List.of(note), null, live.seq());
    }

    // The room.

    /** Puts one note in the spotlight on every screen, or ({@code null}) releases it. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void spotlight(ConversationId id, @Nullable NoteId note) {
        LiveSeq live = facilitatorSeq(id);
        if (note != null && !note(id, note).onTheBoard()) {
            throw new UserMessageException("facilitation.error.not-on-board");
        }
        NoteId before = live.stage().spotlight();
        repository.setSpotlight(id, note);
        record(
                id,
                FacilitationAction.SPOTLIGHT,
                List.of(),
                before == null ? "" : Long.toString(before.value()),
                live.seq());
    }

    /** Starts a countdown on every screen, by the server's clock. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void startTimer(ConversationId id, Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_TIMER) > 0) {
            throw new UserMessageException("facilitation.error.timer", LONGEST_TIMER.toMinutes());
        }
        facilitatorSeq(id);
        Instant now = clock.instant();
        repository.setTimer(id, now, now.plus(duration));
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void stopTimer(ConversationId id) {
        facilitatorSeq(id);
        repository.setTimer(id, null, null);
    }

    /** Pauses all writing at the table for a moment (or lets it go on). */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void lock(ConversationId id, boolean locked) {
        LiveSeq live = facilitatorSeq(id);
        boolean before = live.stage().locked();
        repository.setLocked(id, locked);
        record(id, FacilitationAction.LOCK, List.of(), Boolean.toString(before), live.seq());
    }

    // Groups and merges.

    /** Starts a named group in a column; returns its id. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public long createGroup(ConversationId id, Category category, String name) {
        LiveSeq live = facilitatorSeq(id);
        if (!live.template().has(category)) {
            throw new UserMessageException("note.error.category");
        }
        long group = repository.insertGroup(id, category, groupName(name), live.seq());
        record(id, FacilitationAction.NEW_GROUP, List.of(), Long.toString(group), live.seq());
        return group;
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void renameGroup(ConversationId id, long group, String name) {
        LiveSeq live = facilitatorSeq(id);
        group(id, group);
        repository.renameGroup(group, groupName(name), live.seq());
    }

    /** Removes a group; its notes stay on the board, outside any group. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void removeGroup(ConversationId id, long group) {
        LiveSeq live = facilitatorSeq(id);
        group(id, group);
        repository.setGroupRemoved(group, true, live.seq());
    }

    /**
     * Puts a note (with the notes merged into it) in a group of its column, or ({@code null}) takes
     * it out of its group.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void moveToGroup(ConversationId id, NoteId note, @Nullable Long group) {
        LiveSeq live = facilitatorSeq(id);
        NoteFacts facts = note(id, note);
        if (!facts.onTheBoard() || facts.mergedInto() != null) {
            throw new UserMessageException("facilitation.error.not-on-board");
        }
        if (group != null && !group(id, group).category().equals(facts.category())) {
            throw new UserMessageException("facilitation.error.group-column");
        }
        List<NoteId> moved = new ArrayList<>();
        moved.add(note);
        moved.addAll(repository.mergedInto(note));
        for (NoteId each : moved) {
            repository.setGroup(each, group, live.seq());
        }
        record(
                id,
                FacilitationAction.GROUP,
                moved,
                facts.groupId() == null ? "" : Long.toString(facts.groupId()),
                live.seq());
    }

    /**
     * Merges a note into another that says the same: both authors keep their note, the board shows
     * one card with both. Notes merged into the first one follow it.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void merge(ConversationId id, NoteId note, NoteId into) {
        LiveSeq live = facilitatorSeq(id);
        if (note.equals(into)) {
            throw new UserMessageException("facilitation.error.merge-self");
        }
        NoteFacts from = note(id, note);
        NoteFacts target = note(id, into);
        if (!from.onTheBoard() || !target.onTheBoard() || target.mergedInto() != null) {
            throw new UserMessageException("facilitation.error.not-on-board");
        }
        List<NoteId> moved = new ArrayList<>();
        moved.add(note);
        moved.addAll(repository.mergedInto(note));
        for (NoteId each : moved) {
            repository.setMergedInto(each, into, live.seq());
            repository.setGroup(each, target.groupId(), live.seq());
        }
        // Undo gives every moved note back to the note it was merged into before (the first one).
        record(id, FacilitationAction.MERGE, moved, Long.toString(note.value()), live.seq());
    }

    /** Takes a merged note back onto its own card. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void unmerge(ConversationId id, NoteId note) {
        LiveSeq live = facilitatorSeq(id);
        if (note(id, note).mergedInto() == null) {
            return;
        }
        repository.setMergedInto(note, null, live.seq());
    }

    // Dot voting.

    /** How many dots each participant gets (1 to 10). */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void setDots(ConversationId id, int dots) {
        if (dots < 1 || dots > 10) {
            throw new UserMessageException("facilitation.error.dots");
        }
        facilitatorSeq(id);
        repository.setDots(id, dots);
    }

    /** Shows the dots' counts to the table (or hides them again). */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void revealVotes(ConversationId id, boolean revealed) {
        facilitatorSeq(id);
        repository.setVotesRevealed(id, revealed);
    }

    /**
     * Places one of the participant's dots, in the phase for choosing. Sending the same {@code
     * clientId} again changes nothing, so a tablet may resend after a lost connection.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void vote(ParticipantPass pass, UUID clientId, VoteTarget target) {
        if (repository.voteByClientId(clientId, pass.participantId()).isPresent()) {
            return;
        }
        limits.change(pass);
        LiveSeq live = liveSeq(pass.conversationId());
        Stage stage = live.stage();
        if (!stage.voting()) {
            throw new UserMessageException("vote.error.not-now");
        }
        if (board.isRemoved(pass.participantId())) {
            throw new UserMessageException("table.error.removed");
        }
        NoteId note = null;
        if (target.note() != null) {
            NoteFacts facts = note(pass.conversationId(), target.note());
            if (!facts.onTheBoard()) {
                throw new UserMessageException("facilitation.error.not-on-board");
            }
            note = facts.mergedInto() != null ? facts.mergedInto() : facts.id();
        } else {
            group(pass.conversationId(), target.group());
        }
        if (repository.dotsUsed(pass.participantId()) >= stage.dotsPerParticipant()) {
            throw new UserMessageException("vote.error.no-dots-left", stage.dotsPerParticipant());
        }
        if (repository.clientIdTaken(clientId)) {
            throw new UserMessageException("vote.error.not-found");
        }
        repository.insertVote(pass.conversationId(), pass.participantId(), clientId, note, target.group(), live.seq());
    }

    /** Takes back one of the participant's dots on the target, in the phase for choosing. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void unvote(ParticipantPass pass, VoteTarget target) {
        limits.change(pass);
        LiveSeq live = liveSeq(pass.conversationId());
        if (!live.stage().voting()) {
            throw new UserMessageException("vote.error.not-now");
        }
        if (!repository.withdrawVote(pass.participantId(), target.note(), target.group(), live.seq())) {
            throw new UserMessageException("vote.error.not-found");
        }
    }

    // Agreements.

    /**
     * Records an agreement; sending the same {@code clientId} again returns the stored one and
     * changes nothing. Returns its id.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public long addAgreement(ConversationId id, UUID clientId, AgreementDraft draft) {
        Optional<Long> known = repository.agreementByClientId(clientId);
        if (known.isPresent()) {
            return known.get();
        }
        LiveSeq live = facilitatorSeq(id);
        long agreement = repository.insertAgreement(id, clientId, fields(id, draft), live.seq());
        AuditLog.event("board.agreement", "conversation", id.value(), "agreement", agreement);
        return agreement;
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void editAgreement(ConversationId id, long agreement, AgreementDraft draft) {
        LiveSeq live = facilitatorSeq(id);
        if (!repository.updateAgreement(id, agreement, fields(id, draft), live.seq())) {
            throw new UserMessageException("agreement.error.not-found");
        }
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void removeAgreement(ConversationId id, long agreement) {
        LiveSeq live = facilitatorSeq(id);
        if (!repository.removeAgreement(id, agreement, live.seq())) {
            throw new UserMessageException("agreement.error.not-found");
        }
    }

    // Undo.

    /**
     * Undoes the facilitator's newest action that is not undone yet (phase, opening up, silence,
     * hide, reveal, spotlight, pause, group, merge), as a board change of its own. Returns the
     * translation key that names what was undone, or empty when there is nothing to undo.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public Optional<String> undo(ConversationId id) {
        LiveSeq live = facilitatorSeq(id);
        Optional<ActionRow> latest = repository.latestAction(id);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        ActionRow action = latest.get();
        Stage now = live.stage();
        long seq = live.seq();
        String previous = action.previous() == null ? "" : action.previous();
        switch (action.kind()) {
            case PHASE -> restorePhase(id, previous);
            case OPEN_UP -> repository.setPhase(id, now.phase(), Boolean.parseBoolean(previous), now.silent());
            case SILENCE -> repository.setPhase(id, now.phase(), now.everyoneWrites(), categories(previous));
            case HIDE -> repository.restoreModerated(action.notes(), seq);
            case REVEAL -> repository.setUnrevealed(action.notes(), true, seq);
            case SPOTLIGHT ->
                repository.setSpotlight(id, previous.isEmpty() ? null : new NoteId(Long.parseLong(previous)));
            case LOCK -> repository.setLocked(id, Boolean.parseBoolean(previous));
            case NEW_GROUP -> repository.setGroupRemoved(Long.parseLong(previous), true, seq);
            case GROUP -> {
                Long group = previous.isEmpty() ? null : Long.parseLong(previous);
                action.notes().forEach(note -> repository.setGroup(note, group, seq));
            }
            case MERGE -> {
                NoteId first = new NoteId(Long.parseLong(previous));
                for (NoteId note : action.notes()) {
                    repository.setMergedInto(note, note.equals(first) ? null : first, seq);
                }
            }
        }
        repository.markUndone(action.id(), seq);
        return Optional.of(action.kind().undoKey());
    }

    private void restorePhase(ConversationId id, String previous) {
        String[] parts = previous.split("\\|", -1);
        Phase phase = parts[0].isEmpty() ? null : Phase.valueOf(parts[0]);
        repository.setPhase(id, phase, Boolean.parseBoolean(parts[1]), categories(parts[2]));
    }

    private static String phaseState(Stage stage) {
        return (stage.phase() == null ? "" : stage.phase().name()) + "|" + stage.everyoneWrites() + "|"
                + keys(stage.silent());
    }

    private static String keys(Set<Category> categories) {
        return categories.stream().map(Category::key).sorted().collect(Collectors.joining(","));
    }

    private static Set<Category> categories(String keys) {
        return Arrays.stream(keys.split(","))
                .filter(k -> !k.isEmpty())
                .map(Category::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    private AgreementFields fields(ConversationId id, AgreementDraft draft) {
        if (draft.ownerParticipant() != null && !board.isSeatedAt(id, draft.ownerParticipant())) {
            throw new UserMessageException("board.error.participant-not-found");
        }
        if (draft.note() != null) {
            note(id, draft.note());
        }
        return new AgreementFields(
                draft.what(),
                draft.ownerRole(),
                draft.ownerParticipant(),
                draft.ownerOrganisation(),
                draft.dueOn(),
                draft.note());
    }

    private static String groupName(String name) {
        String clean = TextInput.line(name).strip();
        if (clean.isEmpty()) {
            throw new UserMessageException("group.error.name");
        }
        if (clean.length() > MAX_GROUP_NAME) {
            throw new UserMessageException("group.error.name-too-long", MAX_GROUP_NAME);
        }
        return clean;
    }

    private NoteFacts note(ConversationId id, NoteId note) {
        return repository.note(id, note).orElseThrow(() -> new UserMessageException("note.error.not-found"));
    }

    private GroupRow group(ConversationId id, @Nullable Long group) {
        return Optional.ofNullable(group)
                .flatMap(g -> repository.group(id, g))
                .filter(g -> !g.removed())
                .orElseThrow(() -> new UserMessageException("group.error.not-found"));
    }

    private void record(
            ConversationId id, FacilitationAction kind, List<NoteId> notes, @Nullable String previous, long seq) {
        repository.record(id, kind, notes, previous, seq);
    }

    /** The board's next sequence number, for the facilitator who runs this live board. */
    private LiveSeq facilitatorSeq(ConversationId id) {
        conversations.getManaged(id);
        return liveSeq(id);
    }

    private LiveSeq liveSeq(ConversationId id) {
        return board.nextStageSeqIfLive(id).orElseThrow(() -> new UserMessageException("board.error.closed"));
    }
}
