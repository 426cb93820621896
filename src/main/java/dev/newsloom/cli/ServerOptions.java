package dev.newsloom.cli;

import picocli.CommandLine.Option;

/** Options of the commands that run the site. */
public final class ServerOptions {
    @Option(names = "--port", defaultValue = "${env:NEWSLOOM_PORT:-8080}",
            description = "HTTP port of the site (default: ${DEFAULT-VALUE}; env NEWSLOOM_PORT; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "${env:NEWSLOOM_HOST:-127.0.0.1}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to serve other machines; env NEWSLOOM_HOST).")
    String host;

    @Option(names = "--metrics-token", defaultValue = "${env:NEWSLOOM_METRICS_TOKEN}", paramLabel = "TOKEN",
            description = "Bearer token that /metrics and /status then ask for from any client (at least 16 characters;"
                    + " env NEWSLOOM_METRICS_TOKEN, which keeps it out of the process list). Without it they answer this machine only.")
    String metricsToken;
}
