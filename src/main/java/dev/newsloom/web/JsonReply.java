package dev.newsloom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/**
 * The one writer of the v1 JSON API's bodies: times as ISO-8601 text on every endpoint, and the
 * charset said, which Javalin's ctx.json leaves out.
 */
final class JsonReply {
    static final String TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonReply() {}

    static void send(Context ctx, Object body) {
        try {
            ctx.contentType(TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply of plain maps and lists could not be written as JSON", e);
        }
    }
}
