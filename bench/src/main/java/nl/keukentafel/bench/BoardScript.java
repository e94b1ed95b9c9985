package nl.keukentafel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;

/**
 * One board's conversation in the facilitation scenario, a round at a time, each step after the
 * other on one thread (as one facilitator works): the phases in order, notes written in between,
 * 30 notes written in silence and revealed at once, the spotlight moved three times, two groups
 * with notes put in them, every participant placing a dot within 10 s, three agreements. Notes go
 * through the tablets' own {@code $server.submitNote}; facilitator actions and dots through the
 * {@link FacilitatorDesk}. Each action is logged as an {@link Event} with the moment just before it
 * was sent; when each screen showed it is read afterwards from the screens' {@link ScreenState}s.
 */
final class BoardScript {

    /** One facilitator action or dot as sent, for the latency figures and the nothing-lost check. */
    record Event(
            String kind,
            int board,
            int round,
            boolean measured,
            long sentNanos,
            long answeredNanos,
            String subject,
            String detail,
            List<String> texts,
            List<Integer> authors) {}

    static final String PHASE = "phase";
    static final String REVEAL = "reveal";
    static final String SPOTLIGHT = "spotlight";
    static final String GROUP = "group";
    static final String VOTE = "vote";
    static final String AGREEMENT = "agreement";

    private final FacilitatorDesk desk;
    private final BenchDatabase.Board board;
    private final List<ScreenClient> tablets;
    private final ScreenState facilitatorState;
    private final FacilitationSink sink;
    private final NoteLedger ledger;
    private final List<Event> events;
    private final List<String> problems;
    private final String prefix;
    private final String agreementPrefix;
    private final String groupPrefix;
    private final double notesPerSecond;
    private final Random random;
    /** Notes on the board for everyone in the "experience" column: what the spotlight, groups and dots pick from. */
    private final List<String> experience = Collections.synchronizedList(new ArrayList<>());

    private final List<CompletableFuture<String>> pending = new ArrayList<>();
    private final List<String> pendingExperience = new ArrayList<>();
    private int counter;

    BoardScript(
            FacilitatorDesk desk,
            BenchDatabase.Board board,
            List<ScreenClient> tablets,
            ScreenState facilitatorState,
            FacilitationSink sink,
            NoteLedger ledger,
            List<Event> events,
            List<String> problems,
            String prefix,
            String agreementPrefix,
            String groupPrefix,
            double notesPerSecond,
            long seed) {
        this.desk = desk;
        this.board = board;
        this.tablets = tablets;
        this.facilitatorState = facilitatorState;
        this.sink = sink;
        this.ledger = ledger;
        this.events = events;
        this.problems = problems;
        this.prefix = prefix;
        this.agreementPrefix = agreementPrefix;
        this.groupPrefix = groupPrefix;
        this.notesPerSecond = notesPerSecond;
        this.random = new Random(seed);
    }

    private long conversation() {
        return board.conversationId();
    }

    /** One conversation, about a minute long. */
    void round(int round, boolean measured) throws Exception {
        phase(round, measured, Phase.WELCOME);
        pause(2_000);
        phase(round, measured, Phase.STORIES);
        write(round, measured, 8_000, "experience", List.of());

        // Silent writing: every participant writes one note; nobody else sees it until the reveal.
        desk.silent(conversation(), Set.of("experience"));
        List<String> silentTexts = new ArrayList<>();
        List<Integer> authors = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        for (int seat = 0; seat < tablets.size(); seat++) {
            at.add((long) random.nextInt(10_000));
        }
        long start = System.nanoTime();
        List<Integer> order = new ArrayList<>();
        for (int seat = 0; seat < tablets.size(); seat++) {
            order.add(seat);
        }
        order.sort((a, b) -> Long.compare(at.get(a), at.get(b)));
        for (int seat : order) {
            sleepUntil(start + TimeUnit.MILLISECONDS.toNanos(at.get(seat)));
            ScreenClient author = tablets.get(seat);
            String text = noteText(author, "silent");
            silentTexts.add(text);
            authors.add(seat);
            sink.silent(text);
            send(author, "experience", text, false);
        }
        awaitAnswers();
        if (!awaitFacilitatorShows(silentTexts, 15_000)) {
            problems.add("Board " + board.index() + ": the facilitator's board did not show all silent notes in 15 s");
        }
        pause(1_000);
        long sent = System.nanoTime();
        int revealed = desk.reveal(conversation());
        events.add(new Event(
                REVEAL, board.index(), round, measured, sent, System.nanoTime(), "", "", silentTexts, authors));
        if (revealed != silentTexts.size()) {
            problems.add("Board " + board.index() + ": the reveal revealed " + revealed + " notes, not "
                    + silentTexts.size());
        }
        experience.addAll(silentTexts);
        pause(3_000);
        desk.silent(conversation(), Set.of());

        // Talking about it: notes go on; the spotlight moves three times; two groups.
        phase(round, measured, Phase.DISCUSS);
        List<Runnable> spotlights = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            spotlights.add(() -> spotlight(round, measured));
        }
        write(round, measured, 10_000, "experience", spotlights);
        groups(round, measured);

        // Choosing: every participant places a dot within 10 s.
        phase(round, measured, Phase.CHOOSE);
        votes(round, measured);
        pause(3_000);

        // Agreements, with ideas written meanwhile.
        phase(round, measured, Phase.AGREE);
        List<Runnable> agreements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int number = i + 1;
            agreements.add(() -> agreement(round, measured, number));
        }
        write(round, measured, 6_000, "ideas", agreements);
        phase(round, measured, Phase.CLOSE);
        pause(2_000);
    }

    /** Makes the counts of dots visible to the whole table (before the first round's dots). */
    void showVotesToTheTable() {
        desk.revealVotes(conversation(), true);
    }

    private void phase(int round, boolean measured, Phase phase) {
        long sent = System.nanoTime();
        desk.phase(conversation(), phase);
        events.add(new Event(
                PHASE, board.index(), round, measured, sent, System.nanoTime(), phase.name(), "", List.of(), List.of()));
    }

    private void spotlight(int round, boolean measured) {
        try {
            String text = pick(experience, null);
            NoteId id = desk.noteIds(conversation(), List.of(text)).getFirst();
            long sent = System.nanoTime();
            desk.spotlight(conversation(), id);
            events.add(new Event(
                    SPOTLIGHT, board.index(), round, measured, sent, System.nanoTime(), text, "", List.of(), List.of()));
        } catch (Exception e) {
            problems.add("Board " + board.index() + ": spotlight failed: " + e);
        }
    }

    /** Two groups in the experience column: three notes in the first, two in the second. */
    private void groups(int round, boolean measured) throws Exception {
        Set<String> moved = new HashSet<>();
        for (int g = 1; g <= 2; g++) {
            String name = groupPrefix + "b" + board.index() + " r" + round + " g" + g;
            long group = desk.createGroup(conversation(), "experience", name);
            for (int n = 0; n < (g == 1 ? 3 : 2); n++) {
                String text = pick(experience, moved);
                moved.add(text);
                NoteId id = desk.noteIds(conversation(), List.of(text)).getFirst();
                long sent = System.nanoTime();
                desk.moveToGroup(conversation(), id, group);
                events.add(new Event(
                        GROUP, board.index(), round, measured, sent, System.nanoTime(), text, name, List.of(), List.of()));
                pause(700);
            }
        }
    }

    /** Every participant places one dot, at a random moment within 10 s, on one of six notes. */
    private void votes(int round, boolean measured) throws Exception {
        List<String> candidates = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            String text = pick(experience, chosen);
            chosen.add(text);
            candidates.add(text);
        }
        List<NoteId> ids = desk.noteIds(conversation(), candidates);
        List<Integer> order = new ArrayList<>();
        for (int seat = 0; seat < tablets.size(); seat++) {
            order.add(seat);
            desk.prepareVoter(board.code(), board.seats().get(seat).secret());
        }
        List<Long> at = new ArrayList<>();
        for (int seat = 0; seat < tablets.size(); seat++) {
            at.add((long) random.nextInt(10_000));
        }
        order.sort((a, b) -> Long.compare(at.get(a), at.get(b)));
        long start = System.nanoTime();
        List<CompletableFuture<Void>> placed = new ArrayList<>();
        for (int seat : order) {
            sleepUntil(start + TimeUnit.MILLISECONDS.toNanos(at.get(seat)));
            int target = random.nextInt(candidates.size());
            UUID clientId = UUID.randomUUID();
            String secret = board.seats().get(seat).secret();
            // Dots of different participants are independent requests: each on its own thread.
            placed.add(CompletableFuture.runAsync(
                    () -> {
                        long sent = System.nanoTime();
                        try {
                            desk.vote(board.code(), secret, clientId, ids.get(target));
                            events.add(new Event(
                                    VOTE,
                                    board.index(),
                                    round,
                                    measured,
                                    sent,
                                    System.nanoTime(),
                                    candidates.get(target),
                                    clientId.toString(),
                                    List.of(),
                                    List.of(seat)));
                        } catch (RuntimeException e) {
                            problems.add("Board " + board.index() + ": a dot of seat " + seat + " failed: " + e);
                        }
                    },
                    command -> Thread.ofVirtual().start(command)));
        }
        CompletableFuture.allOf(placed.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    private void agreement(int round, boolean measured, int number) {
        String what = agreementPrefix + "b" + board.index() + " r" + round + " a" + number
                + ": de gemeente belt binnen twee weken terug";
        long sent = System.nanoTime();
        try {
            desk.addAgreement(conversation(), UUID.randomUUID(), what);
            events.add(new Event(
                    AGREEMENT, board.index(), round, measured, sent, System.nanoTime(), what, "", List.of(), List.of()));
        } catch (RuntimeException e) {
            problems.add("Board " + board.index() + ": agreement failed: " + e);
        }
    }

    /**
     * Notes for {@code millis} in a category, from random participants at random gaps (a Poisson
     * process at the bench's rate), with {@code actions} spread evenly over the same time; then
     * waits for every note's answer.
     */
    private void write(int round, boolean measured, long millis, String category, List<Runnable> actions)
            throws Exception {
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
        long nextNote = start + gap();
        int nextAction = 0;
        while (true) {
            long nextActionAt = nextAction < actions.size()
                    ? start + TimeUnit.MILLISECONDS.toNanos(millis * (2L * nextAction + 1) / (2L * actions.size()))
                    : Long.MAX_VALUE;
            long next = Math.min(nextNote, nextActionAt);
            if (next >= end) {
                break;
            }
            sleepUntil(next);
            if (next == nextActionAt) {
                actions.get(nextAction++).run();
            } else {
                ScreenClient author = tablets.get(random.nextInt(tablets.size()));
                String text = noteText(author, "n");
                send(author, category, text, measured);
                if (category.equals("experience")) {
                    pendingExperience.add(text);
                }
                nextNote += gap();
            }
        }
        sleepUntil(end);
        awaitAnswers();
    }

    private long gap() {
        return (long) (-Math.log(1 - random.nextDouble()) * 1e9 / notesPerSecond);
    }

    private String noteText(ScreenClient author, String kind) {
        return prefix + "b" + board.index() + " p" + author.seat + " " + kind + (counter++) + " "
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private void send(ScreenClient author, String category, String text, boolean measured) throws Exception {
        long sent = System.nanoTime();
        ledger.sent(new NoteLedger.Note(text, author.board, author.seat, author.node, sent, measured));
        CompletableFuture<String> answer = author.submitNote(UUID.randomUUID().toString(), category, text);
        answer.thenAccept(result -> {
            if (measured) {
                ledger.savedAfter(text, System.nanoTime() - sent);
            }
        });
        synchronized (pending) {
            pending.add(answer);
        }
    }

    /** Waits for the answer to every note sent so far; a note that was not saved is a problem. */
    private void awaitAnswers() throws Exception {
        List<CompletableFuture<String>> answers;
        synchronized (pending) {
            answers = List.copyOf(pending);
            pending.clear();
        }
        for (CompletableFuture<String> answer : answers) {
            String result;
            try {
                result = answer.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                result = "no answer: " + e;
            }
            if (!"saved".equals(result)) {
                problems.add("Board " + board.index() + ": a note was answered '" + result + "'");
            }
        }
        experience.addAll(pendingExperience);
        pendingExperience.clear();
    }

    private boolean awaitFacilitatorShows(List<String> texts, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (sink.facilitatorShows(board.index(), texts)) {
                return true;
            }
            pause(50);
        }
        return false;
    }

    private String pick(List<String> from, @Nullable Set<String> except) {
        synchronized (from) {
            List<String> left = new ArrayList<>(from);
            if (except != null) {
                left.removeAll(except);
            }
            if (left.isEmpty()) {
                throw new IllegalStateException("Board " + board.index() + " has no note to pick");
            }
            return left.get(random.nextInt(left.size()));
        }
    }

    private static void pause(long millis) {
        sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static void sleepUntil(long nanos) {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    /** For the log: the board's state as its facilitator sees it. */
    @Override
    public String toString() {
        return "board " + board.index() + " (facilitator's board parsed " + facilitatorState.parsedMessages()
                + " messages, " + facilitatorState.totalVotes() + " dots)";
    }
}
