package dev.newsloom.ai;

import java.time.Instant;
import java.util.List;

/**
 * A small story written for these tests (invented, like the demo newsroom): three publishers'
 * reports of a storm surge, each with something the others lack.
 */
final class StormStory {
    private StormStory() {}

    static final AiDocument GAZETTE = new AiDocument("a1000000000000000000000000000001", "Storm floods Larkhaven harbour; 300 homes evacuated",
            "Harbor Gazette", "en", Instant.parse("2026-11-20T08:00:00Z"), List.of(
            "LARKHAVEN (Meridian) — A storm surge flooded the harbour district of Larkhaven early on Friday, forcing the evacuation of about 300 homes, the city’s emergency office said.",
            "Mayor Elena Ruiz, who toured the district at dawn, said the sea wall had been overtopped for the first time since 1998. “We were lucky that nobody was hurt,” she told reporters.",
            "The Larkhaven Port Authority closed the ferry terminal until further notice. Officials said more details would be released in the coming days.",
            "Forecasters at the National Weather Service expect the winds to ease by Sunday."), false, List.of("Bayside Herald"));

    static final AiDocument COASTLINE = new AiDocument("a1000000000000000000000000000002", "Larkhaven counts the cost after storm surge",
            "Coastline Daily", "en", Instant.parse("2026-11-20T10:30:00Z"), List.of(
            "About 300 homes in the harbour district of Larkhaven were evacuated on Friday after a storm surge broke over the sea wall.",
            "The Larkhaven Port Authority said the ferry terminal would stay closed, stranding some 1,200 passengers.",
            "Elena Ruiz, the mayor of Larkhaven, said repairs to the sea wall could cost $4.5 million.",
            "The port operator did not respond to a request for comment."), false, List.of());

    static final AiDocument COURIER = new AiDocument("a1000000000000000000000000000003", "Larkhaven ferry terminal to reopen on Monday",
            "Northern Courier", "en", Instant.parse("2026-11-20T16:00:00Z"), List.of(
            "The ferry terminal in Larkhaven will reopen on Monday, the Larkhaven Port Authority said on Friday evening, hours after a storm surge flooded the harbour district.",
            "Engineers found no structural damage to the piers, said Tomas Brandt, the authority’s chief engineer.",
            "About 300 homes were evacuated during the surge, and residents were allowed back in the afternoon."), false, List.of());

    static final List<AiDocument> ALL = List.of(GAZETTE, COASTLINE, COURIER);
}
