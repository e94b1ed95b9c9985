package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A board opened on "localhost" (the mocked browser's requests come in on 127.0.0.1) would send
 * tablets to themselves: the facilitator board says so and offers this computer's network address.
 */
class JoinAddressTest extends KaribuTest {

    @MockitoBean
    LocalNetwork network;

    @Autowired
    BoardFixture fixture;

    private String facilitator;
    private Conversation live;

    @BeforeEach
    void aLiveBoard() {
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Samen aan tafel");
    }

    private void open(String screen) {
        navigate("conversations/" + live.id().value() + "/" + screen);
    }

    private static Div warning() {
        return _get(Div.class, spec -> spec.withId("join-address"));
    }

    private static String joinLine() {
        return _find(Paragraph.class).stream()
                .map(Paragraph::getText)
                .filter(text -> text.startsWith("Meedoen: ga naar "))
                .findFirst()
                .orElseThrow();
    }

    private static String qrCode() {
        // The first QR code is for joining; the shared tablet's one is folded away below it.
        return _find(Image.class, spec -> spec.withClasses("qr-code"))
                .getFirst()
                .getSrc();
    }

    @Test
    void aBoardOpenedOnLocalhostWarnsAndOffersTheComputersNetworkAddressForTheQrCode() {
        when(network.siteLocalAddresses()).thenReturn(List.of("192.168.1.20"));
        login(facilitator, StaffRole.FACILITATOR);
        open("board");

        assertThat(warning().getElement().getTextRecursively())
                .contains("tablets kunnen het adres \"localhost\" niet openen")
                .contains("hetzelfde wifi-netwerk");
        assertThat(joinLine()).contains("127.0.0.1");
        Button use = _get(
                Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Gebruik adres 192.168.1.20:")));
        String address = use.getText().substring("Gebruik adres ".length());

        _click(use);

        String joinUrl = "http://" + address + "/join/" + live.joinCode().value();
        assertThat(joinLine()).isEqualTo("Meedoen: ga naar " + address + "/join en typ deze code");
        assertThat(qrCode()).isEqualTo(QrCode.image(joinUrl, "").getSrc());
        assertThat(_find(Div.class, spec -> spec.withId("join-address"))).isEmpty();

        // The projector opened next from this board shows the same address.
        open("projector");
        assertThat(joinLine()).isEqualTo("Meedoen: ga naar " + address + "/join en typ deze code");
        assertThat(qrCode()).isEqualTo(QrCode.image(joinUrl, "").getSrc());
    }

    @Test
    void withoutANetworkAddressTheWarningSaysWhatToAskFor() {
        when(network.siteLocalAddresses()).thenReturn(List.of());
        login(facilitator, StaffRole.FACILITATOR);
        open("board");

        assertThat(warning().getElement().getTextRecursively())
                .contains("Er is geen netwerkadres van deze computer gevonden")
                .contains("keukentafel.public-url");
        assertThat(_find(
                        Button.class,
                        spec -> spec.withPredicate(b -> b.getText().startsWith("Gebruik adres"))))
                .isEmpty();
    }
}
