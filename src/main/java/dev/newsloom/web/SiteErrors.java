package dev.newsloom.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer of the site in the shape its address calls for: {"error": "..."} JSON on
 * /api/, plain text on feeds (.atom, .rss, feed.json), an HTML page elsewhere. A handler that answers 404 with
 * its own message keeps it; only requests no handler answered get the generic "no page here".
 */
final class SiteErrors {
    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final Templates templates;
    /** The methods the site answers at a path (for 405's Allow), given by the running router. */
    private final Function<String, List<String>> allowed;

    SiteErrors(Templates templates, Function<String, List<String>> allowed) {
        this.templates = templates;
        this.allowed = allowed;
    }

    /** A page that does not exist, with the message to show; thrown where a handler cannot answer itself. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    void install(RoutesConfig r) {
        r.exception(HttpResponseException.class, (e, ctx) -> {
            switch (e.getStatus()) {
                case 404 -> notFound(ctx, "There is no page at this address.");
                case 405 -> methodNotAllowed(ctx);
                case 413 -> answer(ctx, 413, "Request too large", isApi(ctx) ? "request body too large"
                        : "What was sent is larger than this site accepts (1,000,000 bytes); please shorten it.");
                case 414 -> answer(ctx, 414, "Address too long", isApi(ctx)
                        ? "the address is longer than " + Protocol.MAX_URI_CHARS + " characters"
                        : "This address is longer than " + Protocol.MAX_URI_CHARS + " characters, more than this site reads.");
                default -> {
                    String text = e.getStatus() >= 500 ? "The request could not be answered." : "The request could not be understood.";
                    answer(ctx, e.getStatus(), e.getStatus() >= 500 ? "Something went wrong" : "Bad request", text);
                }
            }
        });
        r.exception(NotFound.class, (e, ctx) -> notFound(ctx, e.getMessage()));
        r.exception(QueryNumbers.BadParameter.class, (e, ctx) -> {
            if (isApi(ctx)) JsonReply.send(ctx.status(400), problems(e.getMessage(), Map.of(e.parameter(), e.getMessage())));
            else answer(ctx, 400, "Bad address", e.getMessage());
        });
        r.exception(ValidationException.class, (e, ctx) -> {
            String names = String.join(", ", e.getErrors().keySet());
            answer(ctx, 400, "Bad address", "The " + (names.isEmpty() ? "value" : names) + " in this address could not be read.");
        });
        r.exception(Exception.class, (e, ctx) -> {
            log.error("Error serving {} {}", ctx.method(), ctx.path(), e);
            if (isApi(ctx)) {
                json(ctx, 500, "the server failed to answer this request; the error was logged");
            } else if (isFeed(ctx)) {
                text(ctx, 500, "The feed could not be written. The error was logged; please try again later.");
            } else {
                ctx.status(500).html(templates.render("servererror.jte", "message",
                        "The page could not be shown. The error was logged; please try again later."));
            }
        });
        // a 404 without a body (a handler that only set the status) still gets one; a body already written stays
        r.error(404, ctx -> {
            if (ctx.resultInputStream() == null) notFound(ctx, "There is no page at this address.");
        });
    }

    void notFound(Context ctx, String message) {
        if (isApi(ctx)) {
            json(ctx, 404, "not found: " + ctx.path());
        } else if (isFeed(ctx)) {
            text(ctx, 404, message);
        } else {
            ctx.status(404).html(templates.render("error.jte", "message", message));
        }
    }

    private void methodNotAllowed(Context ctx) {
        List<String> methods = allowed.apply(ctx.path());
        String allow = String.join(", ", methods);
        ctx.header("Allow", allow);
        String what = ctx.method().name() + " is not allowed at this address; it answers " + allow + ".";
        answer(ctx, 405, "Method not allowed", what);
    }

    private void answer(Context ctx, int status, String title, String text) {
        if (isApi(ctx)) {
            json(ctx, status, text);
        } else if (isFeed(ctx)) {
            text(ctx, status, text);
        } else {
            ctx.status(status).html(templates.render("message.jte", "page",
                    new CommunityViews.Message(title, text, "/", "Go to the latest news")));
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static boolean isFeed(Context ctx) {
        return FeedFormat.isFeedPath(ctx.path());
    }

    /** {"error": message} with the given status, as UTF-8 JSON. */
    static void json(Context ctx, int status, String message) {
        JsonReply.send(ctx.status(status), Map.of("error", message));
    }

    /** The API's answer to bad parameters: {"error": all in one sentence, "problems": [{"parameter", "message"}, ...]}. */
    static Map<String, Object> problems(String error, Map<String, String> byParameter) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", error);
        body.put("problems", byParameter.entrySet().stream().map(p -> {
            Map<String, String> one = new java.util.LinkedHashMap<>();
            one.put("parameter", p.getKey());
            one.put("message", p.getValue());
            return one;
        }).toList());
        return body;
    }

    private static void text(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
    }
}
