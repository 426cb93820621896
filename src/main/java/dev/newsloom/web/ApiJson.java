package dev.newsloom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one writer of the v1 JSON API's bodies, so every endpoint writes times as ISO-8601 text. */
final class ApiJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ApiJson() {
    }

    static String write(Object body) throws JsonProcessingException {
        return JSON.writeValueAsString(body);
    }
}
