package dev.newsloom.cli;

import dev.newsloom.model.SourceStatus;
import dev.newsloom.store.AiCacheRepository;
import dev.newsloom.store.SourceRepository;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove-source", mixinStandardHelpOptions = true,
        description = "Unsubscribe from a source: it is no longer fetched nor listed; its articles stay unless --delete-articles.",
        footer = {"", "Without --delete-articles the articles already published stay on the site under the source's name "
                + "(links to them keep working); add-source with its URL, or resume-source ID, subscribes to it again.",
                "With --delete-articles the source, its articles, their hashtags and story places and its fetch history are "
                + "deleted from the store; a running server drops them from search within seconds. Works while serve runs."})
public final class RemoveSourceCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "ID", description = "The source's id, as `newsloom sources` lists it.") long id;
    @Option(names = "--delete-articles", description = "Also delete its articles from the store and the search index.")
    boolean deleteArticles;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return SourceLookup.withSource(data, spec, id, (app, s) -> {
            if (deleteArticles) {
                SourceRepository.Deleted deleted = app.sources().deleteWithArticles(id).orElseThrow();
                List<String> changed = new ArrayList<>(deleted.articleIds());
                changed.addAll(deleted.storyIds());
                // summaries and answers quoting the deleted articles are computed afresh
                new AiCacheRepository(app.database()).invalidate(changed);
                out.printf("Deleted source %d, %s, with its %d article(s).%n", s.id(), s.name(), deleted.articleIds().size());
                return 0;
            }
            if (s.status() == SourceStatus.REMOVED) {
                out.printf("Source %d, %s, was already removed (add --delete-articles to delete its articles too).%n", s.id(), s.name());
                return 0;
            }
            app.sources().setStatus(id, SourceStatus.REMOVED);
            out.printf("Removed source %d, %s: it is no longer fetched nor listed; its %d article(s) stay published "
                    + "(delete them with remove-source %d --delete-articles; subscribe again with resume-source %d).%n",
                    s.id(), s.name(), app.articles().countBySource(id), id, id);
            return 0;
        });
    }
}
