package nl.keukentafel.board.ui;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** With {@code keukentafel.public-url} set, the join links use it and nothing warns about "localhost". */
@TestPropertySource(properties = "keukentafel.public-url=https://keukentafel.example.org/")
class JoinAddressWithPublicUrlTest extends KaribuTest {

    @MockitoBean
    LocalNetwork network;

    @Autowired
    BoardFixture fixture;

    @Test
    void aBoardOpenedOnLocalhostUsesThePublicAddressWithoutAWarning() {
        when(network.siteLocalAddresses()).thenReturn(List.of("192.168.1.20"));
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Samen aan tafel");
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations/" + live.id().value() + "/board");

        assertThat(_find(Div.class, spec -> spec.withId("join-address"))).isEmpty();
        assertThat(_find(
                        Button.class,
                        spec -> spec.withPredicate(b -> b.getText().startsWith("Gebruik adres"))))
                .isEmpty();
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withPredicate(p -> p.getText().contains("/join")))
                        .getText())
                .isEqualTo("Meedoen: ga naar keukentafel.example.org/join en typ deze code");
        assertThat(_find(Image.class, spec -> spec.withClasses("qr-code"))
                        .getFirst()
                        .getSrc())
                .isEqualTo(QrCode.image(
                                "https://keukentafel.example.org/join/"
                                        + live.joinCode().value(),
                                "")
                        .getSrc());
    }
}
