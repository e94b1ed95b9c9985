package nl.keukentafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the results files of the live-board benchmark and the fault suite say about where they were
 * measured, and how they are written: figures from different runs can only be compared when the
 * machine, the JVM and the commit are in the file next to them.
 */
public final class BenchMachine {

    /** Indented, so that a results file reads (and diffs) well in the repository. */
    public static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchMachine() {}

    /**
     * The machine: cores, CPU model, memory and operating system, in a map the caller goes on
     * filling (the JVM, {@link #putGit}, the database), in the order the results files show them.
     */
    public static Map<String, Object> describe() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("cpuModel", firstMatching(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("memTotal", firstMatching(Path.of("/proc/meminfo"), "MemTotal"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** The JVM this process runs on: its name and full runtime version. */
    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The commit the run was built from and whether the tree had changes, as the run script passed them. */
    public static void putGit(Map<String, Object> machine) {
        machine.put("gitCommit", System.getProperty("bench.gitCommit", "unknown"));
        machine.put("gitDirty", System.getProperty("bench.gitDirty", "unknown"));
    }

    private static String firstMatching(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return "unknown";
        }
        return Files.readAllLines(file).stream()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown");
    }
}
