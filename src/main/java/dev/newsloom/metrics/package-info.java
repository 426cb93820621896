/**
 * The operator's metrics: Micrometer meters behind the small observer ports of the inner packages
 * ({@code ingest.IngestObserver}, {@code stories.PlacementObserver}, {@code search.SearchObserver},
 * {@code embed.EmbeddingObserver}, {@code web.SiteMetrics}), scraped in the Prometheus text format.
 * The only package that imports Micrometer; {@code cli.Application} wires it.
 */
package dev.newsloom.metrics;
