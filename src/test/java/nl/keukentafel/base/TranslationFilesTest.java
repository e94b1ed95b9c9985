package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationFilesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("nl").stringPropertyNames());
    }

    @Test
    void everyTextWithPlaceholdersIsAValidMessageFormat() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertThatCode(() -> new MessageFormat(text).format(new Object[] {1, 2, 3, 4, 5, 6}))
                            .as(language + ": " + key)
                            .doesNotThrowAnyException();
                }
            }
        }
    }
}
