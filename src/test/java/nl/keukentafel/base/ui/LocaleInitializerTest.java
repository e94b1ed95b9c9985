package nl.keukentafel.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import nl.keukentafel.base.Languages;
import org.junit.jupiter.api.Test;

class LocaleInitializerTest {

    private static VaadinRequest requestWith(Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        return request;
    }

    @Test
    void aBrowserWithoutCookiesGetsDutch() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(null);

        assertThat(LocaleInitializer.fromCookie(request)).isEqualTo(Languages.DUTCH);
        assertThat(LocaleInitializer.fromCookie(requestWith())).isEqualTo(Languages.DUTCH);
    }

    @Test
    void aBrowserThatChoseEnglishGetsEnglish() {
        assertThat(LocaleInitializer.fromCookie(
                        requestWith(new Cookie("JSESSIONID", "x"), new Cookie("kt-lang", "en"))))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void anUnsupportedLanguageFallsBackToDutch() {
        assertThat(LocaleInitializer.fromCookie(requestWith(new Cookie("kt-lang", "fr"))))
                .isEqualTo(Languages.DUTCH);
        assertThat(LocaleInitializer.fromCookie(requestWith(new Cookie("kt-lang", ""))))
                .isEqualTo(Languages.DUTCH);
    }
}
