package dev.newsloom.cli;

import dev.newsloom.model.Source;
import java.net.URI;
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
    @Option(names = "--name", description = "Display name (default: the URL's host).") String name;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("add-source: not a URL: " + url);
            return 2;
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            spec.commandLine().getErr().println("add-source: only http(s) URLs can be subscribed to: " + url);
            return 2;
        }
        try (StoreOnly app = StoreOnly.open(data)) {
            String display = name != null && !name.isBlank() ? name.strip() : uri.getHost();
            Source s = app.sources().add(display, uri.toString(), null);
            spec.commandLine().getOut().printf("Source %d: %s <%s>%n", s.id(), s.name(), s.feedUrl());
        }
        return 0;
    }
}
