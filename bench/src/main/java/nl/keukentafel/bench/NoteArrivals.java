package nl.keukentafel.bench;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * When a board's notes are sent, for the live-board benchmark and the fault suite alike, so that
 * both put the same kind of load on the app.
 */
public final class NoteArrivals {

    private NoteArrivals() {}

    /**
     * Runs {@code post} at exponentially distributed gaps with mean {@code meanNanos} (a Poisson
     * process, as when independent people post) for as long as {@code going} says so; the first
     * gap is drawn as well, so boards do not start together. Stops at the first gap after
     * {@code going} turned false, or when {@code timers} is shut down.
     */
    public static void poisson(ScheduledExecutorService timers, long meanNanos, BooleanSupplier going, Runnable post) {
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (!going.getAsBoolean()) {
                return;
            }
            post.run();
            timers.schedule(next[0], exponentialGap(meanNanos), TimeUnit.NANOSECONDS);
        };
        timers.schedule(next[0], exponentialGap(meanNanos), TimeUnit.NANOSECONDS);
    }

    private static long exponentialGap(long meanNanos) {
        return (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanNanos);
    }
}
