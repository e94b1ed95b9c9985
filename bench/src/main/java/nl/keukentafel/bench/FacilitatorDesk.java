package nl.keukentafel.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.keukentafel.board.AgreementDraft;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.board.VoteTarget;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.SystemTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the facilitation scenario's facilitators and voters act: the app's own Spring context in the
 * load generator's JVM (without a web server, {@link AppContexts}, as the review benchmark does),
 * against the benchmark's database, calling {@link FacilitationService} directly.
 *
 * <p>The app has no facilitator controls and no dot buttons on its screens yet (issue 16: the
 * stage panel and the service came first), so no UI request can start these actions. Calling the
 * service is the rest of their way unchanged: it takes the board's next sequence number in the
 * same transaction, commits, and PostgreSQL's NOTIFY board_changes reaches every app node's listener,
 * which refreshes its live copy of the board and pushes to its screens, exactly as for a change
 * committed on that node itself (every node, the one that wrote included, learns of a change only
 * from the notification). What is left out is the facilitator's own UIDL request (parsing it and
 * the click listener), about a millisecond. Facilitator actions run as the bench admin, who
 * facilitates the bench boards; a dot is placed with the participant's pass, found from the
 * participant's secret as the tablet's page does ({@link JoiningService#resume}).
 */
final class FacilitatorDesk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FacilitatorDesk.class);

    private final ConfigurableApplicationContext context;
    private final FacilitationService facilitation;
    private final JoiningService joining;
    private final BenchDatabase db;
    private final Map<String, ParticipantPass> passes = new ConcurrentHashMap<>();

    private FacilitatorDesk(ConfigurableApplicationContext context, BenchDatabase db) {
        this.context = context;
        this.facilitation = context.getBean(FacilitationService.class);
        this.joining = context.getBean(JoiningService.class);
        this.db = db;
    }

    /** Starts the app's context against the (already migrated) benchmark database. */
    static FacilitatorDesk start(BenchDatabase db) {
        List<String> args = AppContexts.arguments(db.url, db.user, db.password);
        args.addAll(List.of(
                // The desk renders no PDF: its warm-up would only take CPU from the measurement.
                "--keukentafel.reports.pdf-warm-up=false",
                "--logging.level.root=WARN",
                "--logging.level.nl.keukentafel=WARN",
                "--logging.level.nl.keukentafel.bench=INFO"));
        long start = System.nanoTime();
        ConfigurableApplicationContext context = AppContexts.withoutWebServer().run(args.toArray(String[]::new));
        log.info("Facilitator desk (the app's context in the bench JVM) started in {} ms", (System.nanoTime() - start)
                / 1_000_000);
        return new FacilitatorDesk(context, db);
    }

    private static <T> T asFacilitator(Supplier<T> work) {
        return SystemTask.callAs(AppNode.ADMIN_USERNAME, work);
    }

    private static void asFacilitator(Runnable work) {
        asFacilitator(() -> {
            work.run();
            return null;
        });
    }

    void phase(long conversation, @Nullable Phase phase) {
        asFacilitator(() -> facilitation.setPhase(new ConversationId(conversation), phase));
    }

    void silent(long conversation, Set<String> categories) {
        asFacilitator(() -> facilitation.setSilent(
                new ConversationId(conversation),
                categories.stream().map(Category::new).collect(java.util.stream.Collectors.toSet())));
    }

    int reveal(long conversation) {
        return asFacilitator(() -> facilitation.reveal(new ConversationId(conversation), null));
    }

    void spotlight(long conversation, @Nullable NoteId note) {
        asFacilitator(() -> facilitation.spotlight(new ConversationId(conversation), note));
    }

    long createGroup(long conversation, String category, String name) {
        return asFacilitator(() -> facilitation.createGroup(new ConversationId(conversation), new Category(category), name));
    }

    void moveToGroup(long conversation, NoteId note, long group) {
        asFacilitator(() -> facilitation.moveToGroup(new ConversationId(conversation), note, group));
    }

    void revealVotes(long conversation, boolean revealed) {
        asFacilitator(() -> facilitation.revealVotes(new ConversationId(conversation), revealed));
    }

    long addAgreement(long conversation, UUID clientId, String what) {
        return asFacilitator(() -> facilitation.addAgreement(
                new ConversationId(conversation), clientId, new AgreementDraft(what, null, null, null, null, null)));
    }

    /** Finds a participant's pass before they vote, so that the look-up is not part of the dot's time. */
    void prepareVoter(String code, String secret) {
        pass(code, secret);
    }

    private ParticipantPass pass(String code, String secret) {
        return passes.computeIfAbsent(secret, s -> SystemTask.call("bench", () -> joining.resume(
                        s, new JoinCode(code)))
                .orElseThrow(() -> new IllegalStateException("No seat for a bench secret on board " + code)));
    }

    /** A participant places a dot on a note, with the pass their tablet's secret gives. */
    void vote(String code, String secret, UUID clientId, NoteId note) {
        ParticipantPass pass = pass(code, secret);
        // As on a tablet's request: an anonymous visitor (the pass is the proof), not a staff member.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken(
                "bench", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(anonymous);
        try {
            facilitation.vote(pass, clientId, VoteTarget.note(note));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The ids of notes by their (unique) bench texts; off the measured path. */
    List<NoteId> noteIds(long conversation, List<String> texts) throws SQLException {
        List<NoteId> ids = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement query =
                        c.prepareStatement("select id from note where conversation_id = ? and text = ?")) {
            for (String text : texts) {
                query.setLong(1, conversation);
                query.setString(2, text);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("No note '" + text + "'");
                    }
                    ids.add(new NoteId(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    Optional<NoteId> noteId(long conversation, String text) throws SQLException {
        List<NoteId> ids = noteIds(conversation, List.of(text));
        return ids.stream().findFirst();
    }

    @Override
    public void close() {
        context.close();
    }
}
