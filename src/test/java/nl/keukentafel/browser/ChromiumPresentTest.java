package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

class ChromiumPresentTest {

    @TempDir
    Path dir;

    private Path executable(String name) throws Exception {
        Path file = Files.createFile(dir.resolve(name));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void aMissingDriverSkipsTheBrowserTestsNamingThePackageToInstall() throws Exception {
        ConditionEvaluationResult result = ChromiumPresent.check(executable("chromium"), dir.resolve("chromedriver"));

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("chromium-driver")
                        .doesNotContain("chromium (")
                        .contains("apt-get install chromium chromium-driver"));
    }

    @Test
    void aMissingBrowserIsNamedToo() throws Exception {
        ConditionEvaluationResult result = ChromiumPresent.check(dir.resolve("chromium"), executable("chromedriver"));

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("missing chromium (").doesNotContain("chromium-driver ("));
    }

    @Test
    void withBothInstalledTheBrowserTestsRun() throws Exception {
        assertThat(ChromiumPresent.check(executable("chromium"), executable("chromedriver"))
                        .isDisabled())
                .isFalse();
    }
}
