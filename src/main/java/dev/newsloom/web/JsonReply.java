package dev.newsloom.web;

import io.javalin.http.Context;

/** JSON bodies with their charset said, which Javalin's ctx.json leaves out. */
final class JsonReply {
    static final String TYPE = "application/json; charset=utf-8";

    private JsonReply() {}

    static void send(Context ctx, Object body) {
        try {
            ctx.contentType(TYPE).result(ApiJson.write(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a reply of plain maps and lists could not be written as JSON", e);
        }
    }
}
