package dev.newsloom.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One invented happening: its kind, the values of every slot its stories use, the facts and the
 * tag-worthy entities. {@code start} is the offset from the start of the world's timeline.
 */
record Event(String id, EventKind kind, Map<String, String> slots, List<String> facts, List<String> entities,
             Duration start) {
}
