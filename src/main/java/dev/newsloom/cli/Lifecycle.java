package dev.newsloom.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Blocks a foreground command until Ctrl-C or SIGTERM, and keeps the JVM alive until the command
 * has closed what it opened: a shutdown hook that merely returned would let the JVM halt in the
 * middle of closing the database and the index.
 */
final class Lifecycle {
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    Lifecycle() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsloom-shutdown"));
    }

    void awaitStop() throws InterruptedException {
        stopRequested.await();
    }

    void closed() {
        closed.countDown();
    }
}
