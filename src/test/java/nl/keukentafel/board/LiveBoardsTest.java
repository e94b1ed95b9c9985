package nl.keukentafel.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LiveBoardsTest {

    @Autowired
    BoardWatchService boards;

    @Autowired
    LiveBoards liveBoards;

    @Autowired
    BoardFixture fixture;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BoardListener listener;

    @Test
    void aChangeReachesEveryScreenWithOneRefreshOfTheSharedCopy() {
        Conversation live = fixture.live(fixture.facilitator(), "Vijf schermen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        List<AtomicLong> seenSeq = new ArrayList<>();
        List<Registration> screens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AtomicLong seq = new AtomicLong();
            seenSeq.add(seq);
            screens.add(boards.watchAsParticipant(anna.pass(), view -> seq.set(view.seq())));
        }
        long start = seenSeq.getFirst().get();
        double refreshesBefore = refreshes();

        fixture.note(anna, "experience", "voor iedereen");

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> seenSeq.stream().allMatch(s -> s.get() > start));
        assertThat(refreshes() - refreshesBefore).isEqualTo(1.0);
        assertThat(liveBoards.screens(live.id())).isEqualTo(5);
        screens.forEach(Registration::remove);
        assertThat(liveBoards.watched()).doesNotContainKey(live.id());
    }

    @Test
    void aLateScreenStartsFromTheCurrentBoard() {
        Conversation live = fixture.live(fixture.facilitator(), "Laat binnen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        fixture.note(anna, "ideas", "al geplaatst");

        List<BoardContent> late = new ArrayList<>();
        boards.watchAsParticipant(anna.pass(), late::add).remove();

        assertThat(late.getFirst().notes()).extracting(BoardContent.Card::text).containsExactly("al geplaatst");
    }

    @Test
    void changesArriveAgainAfterTheListenerWasStoppedAndStarted() {
        // Spring stops and restarts lifecycle beans, for example when a test context is paused.
        listener.stop();
        listener.start();
        Conversation live = fixture.live(fixture.facilitator(), "Na een herstart");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        AtomicLong seen = new AtomicLong();
        Registration screen = boards.watchAsParticipant(anna.pass(), view -> seen.set(view.seq()));
        long start = seen.get();

        fixture.note(anna, "experience", "na de herstart");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> seen.get() > start);
        assertThat(listener.isRunning()).isTrue();
        screen.remove();
    }

    private double refreshes() {
        return meters.counter("keukentafel.board.refreshes").count();
    }
}
