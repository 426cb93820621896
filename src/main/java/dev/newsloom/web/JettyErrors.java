package dev.newsloom.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before the site sees the request (an address over the header limit: 414,
 * headers too large: 431, a malformed request: 400). On /api/ they are {"error": ...} JSON like
 * every other API error; elsewhere Jetty's own short page stays.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        if (!isApi(request)) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        String reason = switch (code) {
            case 414 -> "the address is too long for this server";
            case 431 -> "the request headers are too large for this server";
            default -> HttpStatus.getMessage(code).toLowerCase(java.util.Locale.ROOT);
        };
        byte[] body = ("{\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonReply.TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static boolean isApi(Request request) {
        try {
            String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
            return path != null && path.startsWith("/api/");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
