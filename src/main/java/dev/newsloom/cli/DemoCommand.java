package dev.newsloom.cli;

import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.ingest.FetcherConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the site fed by the live demo newsroom (invented publishers on this machine).",
                "The publishers are served over HTTP on this machine and publish new articles while the site runs; nothing leaves the machine."})
public final class DemoCommand implements Callable<Integer> {
    /** Enough articles for about seven hours of live publishing at the default pace; built in about 2 s. */
    static final int WORLD_SIZE = 5_000;

    @Mixin DataDirOption data;
    @Mixin ServerOptions server;
    @Spec CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the newsroom's world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--publish-every", defaultValue = "5", paramLabel = "SECONDS",
            description = "How often the newsroom publishes a new article (default: ${DEFAULT-VALUE}).")
    int publishSeconds;

    @Option(names = "--newsroom-port", defaultValue = "-1", paramLabel = "PORT",
            description = "Port of the demo newsroom (default: the site's port + 1). Keep it stable across runs: "
                    + "article ids derive from its URLs.")
    int newsroomPort;

    @Option(names = "--flaky-feed", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "One publisher's feed fails now and then (HTTP 500, 503 with Retry-After, a cut-off feed, "
                    + "a slow answer) and recovers, so /sources shows errors, back-off and recovery "
                    + "(default: on; --no-flaky-feed turns it off).")
    boolean flakyFeed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lifecycle lifecycle = new Lifecycle();
        int port = newsroomPort >= 0 ? newsroomPort : server.port == 0 ? 0 : server.port + 1;
        NewsroomOptions options = new NewsroomOptions(port, Duration.ofHours(48), Duration.ofSeconds(publishSeconds),
                Clock.systemUTC(), 30).withFlakyFeed(flakyFeed);
        try (NewsroomServer newsroom = NewsroomServer.start(new Newsroom(seed, WORLD_SIZE), options);
                Application app = Application.open(data.path(), data.postgres())) {
            int subscribed = DemoSources.subscribe(app.sources(), newsroom);
            DemoSources.catchUp(newsroom, app.articles());
            app.startIngestion(FetcherConfig.defaults(), Duration.ofSeconds(1));
            var web = app.startWeb(server.host, server.port, server.metricsToken);
            out.printf("Demo newsroom: %d publishers at %s (a new article every %d s)%n", subscribed, newsroom.baseUri(),
                    publishSeconds);
            newsroom.flakyPublisher().ifPresent(p -> out.printf(
                    "%s's feed fails now and then and recovers (first at %s UTC): watch it on /sources.%n", p.name(),
                    newsroom.outages().get(0).from().atZone(java.time.ZoneOffset.UTC).toLocalTime()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            out.printf("Newsloom is running at http://%s:%d/ (data in %s). Ctrl-C stops it.%n",
                    ServeCommand.displayHost(server.host), web.port(), app.dataDir());
            out.flush();
            lifecycle.awaitStop();
        } finally {
            lifecycle.closed();
        }
        return 0;
    }
}
