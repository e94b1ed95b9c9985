package nl.keukentafel.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app node: the production jar as a child process on the loopback address. Reads its heap
 * after a full GC with jcmd and its CPU time from /proc.
 */
public final class AppNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppNode.class);
    private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** The admin account every node creates at start (with the password {@link #start} is given). */
    public static final String ADMIN_USERNAME = "benchadmin";

    public final int index;
    public final int port;
    private final Process process;
    private final Path jcmd;

    private AppNode(int index, int port, Process process, Path jcmd) {
        this.index = index;
        this.port = port;
        this.process = process;
        this.jcmd = jcmd;
    }

    /**
     * Starts the jar with a heap of {@code xmx}, the given JVM arguments, arguments for the app itself
     * (Spring properties) and extra environment variables.
     */
    public static AppNode start(
            int index,
            Path jar,
            int port,
            BenchDatabase db,
            String adminPassword,
            String xmx,
            List<String> extraJvmArgs,
            List<String> appArgs,
            Map<String, String> extraEnv,
            Path logFile)
            throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("-Xmx" + xmx);
        command.add("-Xms" + xmx);
        command.addAll(extraJvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.address=127.0.0.1");
        command.addAll(appArgs);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", db.url);
        env.put("SPRING_DATASOURCE_USERNAME", db.user);
        env.put("SPRING_DATASOURCE_PASSWORD", db.password);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("KEUKENTAFEL_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KEUKENTAFEL_ADMIN_PASSWORD", adminPassword);
        env.putAll(extraEnv);
        log.info("Starting app node {} on 127.0.0.1:{} (log {})", index, port, logFile);
        Process process = builder.start();
        return new AppNode(index, port, process, javaHome.resolve("bin/jcmd"));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until GET /actuator/health/readiness answers 200. */
    public void awaitReady(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("App node " + index + " exited with " + process.exitValue() + "; see its log");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("App node {} is ready (pid {})", index, pid());
                    return;
                }
            } catch (IOException e) {
                log.trace("Node {} not listening yet", index, e);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new IOException("App node " + index + " was not ready within " + timeout);
    }

    /** Runs a full GC in the app and returns the used heap afterwards, in bytes. */
    long usedHeapAfterFullGc() throws IOException, InterruptedException {
        run(List.of(jcmd.toString(), String.valueOf(pid()), "GC.run"));
        String info = run(List.of(jcmd.toString(), String.valueOf(pid()), "GC.heap_info"));
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IOException("Could not read the used heap from: " + info);
        }
        // G1 reports kilobytes, ZGC megabytes.
        long unit = switch (used.group(2)) {
            case "K" -> 1024L;
            case "M" -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
        };
        return Long.parseLong(used.group(1)) * unit;
    }

    /** CPU time (user + system) of the app process so far, in nanoseconds. */
    long cpuNanos() throws IOException {
        return ProcStat.cpuNanos(pid());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Timed out: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Ends the process at once, as {@code kill -9} does (SIGKILL): no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("App node " + index + " did not die from SIGKILL within 30 s");
        }
        log.info("App node {} killed (SIGKILL, pid {})", index, pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        log.info("App node {} stopped", index);
    }

    /** Reads CPU times from /proc (Linux). */
    static final class ProcStat {

        private static final long NANOS_PER_TICK = TimeUnit.SECONDS.toNanos(1) / clockTicks();

        private ProcStat() {}

        static long cpuNanos(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": field 0 is state; utime and stime are fields 11 and 12.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        }

        /** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
        static long[] machineTicks() throws IOException {
            String first = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] parts = first.trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < parts.length && i <= 8; i++) {
                long v = Long.parseLong(parts[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        }

        private static long clockTicks() {
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                p.waitFor(5, TimeUnit.SECONDS);
                return Long.parseLong(out);
            } catch (IOException | NumberFormatException e) {
                return 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }
    }

    /**
     * A fresh password for the bench admin of one run, given to every node it starts: 20 characters
     * from an alphabet without look-alikes (0/O, 1/l/I).
     */
    public static String randomAdminPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
