package dev.newsloom.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, the total number of matches, and per-facet counts over all matches
 * ({@code "source"} by source id, {@code "category"} by slug, {@code "tag"} by lower-case tag).
 */
public record SearchResults(List<SearchHit> hits, long total, Map<String, Map<String, Integer>> facets) {}
