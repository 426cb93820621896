package dev.newsloom.cli;

import dev.newsloom.ingest.FetcherConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the site and fetch every source on its schedule, until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Mixin ServerOptions server;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lifecycle lifecycle = new Lifecycle();
        try (Application app = Application.open(data.path(), data.postgres())) {
            app.startIngestion(FetcherConfig.defaults(), Duration.ofSeconds(1));
            var web = app.startWeb(server.host, server.port, server.metricsToken);
            spec.commandLine().getOut().printf("Newsloom is running at http://%s:%d/ (data in %s). Ctrl-C stops it.%n",
                    displayHost(server.host), web.port(), app.dataDir());
            spec.commandLine().getOut().flush();
            lifecycle.awaitStop();
        } finally {
            lifecycle.closed();
        }
        return 0;
    }

    static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }
}
