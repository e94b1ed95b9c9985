package nl.keukentafel.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, before any application starts, when Chromium or its driver is missing,
 * and says once, in one line, which Debian packages to install. {@code .ci/run} still fails when a
 * browser test was skipped, so this only spares a developer's machine nine driver errors.
 */
public final class ChromiumPresent implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = check(CHROMIUM, CHROMEDRIVER);
        if (result.isDisabled() && SAID.compareAndSet(false, true)) {
            System.out.println(result.getReason().orElseThrow());
        }
        return result;
    }

    static ConditionEvaluationResult check(Path chromium, Path driver) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("chromium (" + chromium + ")");
        }
        if (!Files.isExecutable(driver)) {
            missing.add("chromium-driver (" + driver + ")");
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: missing " + String.join(" and ", missing)
                + ". Install the Debian packages: sudo apt-get install chromium chromium-driver");
    }
}
