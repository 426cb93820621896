package dev.newsloom.demo;

import java.util.List;
import java.util.Map;

/**
 * One kind of news event and the sentences every story about such an event is written from;
 * {@code questions} holds, per fact slot, a reader's question that the fact answers.
 */
record EventKind(String name, String category, List<String> orgTypes, List<String> roles, List<FactSpec> facts,
                 List<String> headlines, List<String> captions, List<List<String>> beats,
                 Map<String, String> questions) {

    /** A number the story reports, drawn once per event so every article about it agrees. */
    record FactSpec(String slot, String type, double min, double max) {}
}
