package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aLocaleMapsToTheSupportedLanguageWhateverItsCountry() {
        assertThat(Languages.supported(Locale.US)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.supported(Locale.forLanguageTag("nl-BE"))).isEqualTo(Languages.DUTCH);
        assertThat(Languages.supported(Locale.ENGLISH)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void anUnknownLanguageOrTagFallsBackToDutch() {
        assertThat(Languages.supported(Locale.FRENCH)).isEqualTo(Languages.DUTCH);
        assertThat(Languages.fromTag("  en ")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("not a tag")).isEqualTo(Languages.DUTCH);
    }
}
