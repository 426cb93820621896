package dev.newsloom.cli;

import dev.newsloom.ingest.FeedException;
import dev.newsloom.ingest.FeedProbe;
import dev.newsloom.ingest.FeedUrls;
import dev.newsloom.ingest.FetchException;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.HttpFetcher;
import dev.newsloom.model.Source;
import dev.newsloom.model.SourceStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add-source", mixinStandardHelpOptions = true,
        description = "Subscribe to a feed (RSS, Atom, JSON Feed) or to a site page that links one. "
                + "A running server picks it up within seconds.")
public final class AddSourceCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "URL", description = "Feed or site URL (http or https).") String url;
    @Option(names = "--name", description = "Display name (default: the feed's own title, else the URL's host).") String name;
    @Option(names = "--no-check", description = "Subscribe without fetching the URL first (a site page is then followed to its feed at the first fetch).")
    boolean noCheck;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String feedUrl;
        try {
            feedUrl = FeedUrls.normalize(url);
        } catch (IllegalArgumentException e) {
            err.println("add-source: " + e.getMessage());
            return 2;
        }
        try (StoreOnly app = StoreOnly.open(data, spec)) {
            Optional<Source> existing = app.sources().findSameFeed(feedUrl);
            if (existing.isPresent()) return alreadySubscribed(app, existing.get(), null);
            FeedProbe.Found found = null;
            String unchecked = null;
            if (!noCheck) {
                try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withReadTimeout(Duration.ofSeconds(15)))) {
                    found = new FeedProbe(fetcher).probe(feedUrl);
                } catch (FetchException | FeedException e) {
                    unchecked = e.getMessage();
                }
            }
            if (found != null && found.fromPage()) {
                existing = app.sources().findSameFeed(found.feedUrl());
                if (existing.isPresent()) return alreadySubscribed(app, existing.get(), found.feedUrl());
                out.printf("%s is a page; its feed is %s%n", feedUrl, found.feedUrl());
                feedUrl = found.feedUrl();
            }
            String display = name != null && !name.isBlank() ? name.strip()
                    : found != null && found.title() != null ? found.title() : URI.create(feedUrl).getHost();
            Source s = app.sources().add(display, feedUrl, found == null ? null : found.siteUrl());
            out.printf("Source %d: %s <%s>%n", s.id(), s.name(), s.feedUrl());
            if (unchecked != null) {
                err.printf("add-source: warning: it could not be fetched just now (%s); the server keeps trying, "
                        + "`newsloom sources` shows how it goes%n", unchecked);
            }
        }
        return 0;
    }

    /** Subscribing twice is not an error, but it is said; a removed source is brought back with its articles. */
    private int alreadySubscribed(StoreOnly app, Source s, String viaPageFeed) {
        PrintWriter out = spec.commandLine().getOut();
        String what = viaPageFeed == null ? "This feed" : "This page's feed " + viaPageFeed;
        if (s.status() == SourceStatus.REMOVED) {
            app.sources().resume(s.id());
            out.printf("%s was source %d, %s, removed earlier; it is subscribed again (with its %d earlier article(s)).%n",
                    what, s.id(), s.name(), app.articles().countBySource(s.id()));
            return 0;
        }
        out.printf("%s is already subscribed as source %d, %s <%s>%s.%n", what, s.id(), s.name(), s.feedUrl(),
                s.status() == SourceStatus.PAUSED ? " (paused: resume it with newsloom resume-source " + s.id() + ")" : "");
        return 0;
    }
}
