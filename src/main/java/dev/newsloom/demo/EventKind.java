package dev.newsloom.demo;

import java.util.List;

/** One kind of news event and the sentences every story about such an event is written from. */
record EventKind(String name, String category, List<String> orgTypes, List<String> roles, List<FactSpec> facts,
                 List<String> headlines, List<String> captions, List<List<String>> beats) {

    /** A number the story reports, drawn once per event so every article about it agrees. */
    record FactSpec(String slot, String type, double min, double max) {}
}
