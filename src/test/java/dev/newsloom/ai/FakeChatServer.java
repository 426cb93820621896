package dev.newsloom.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat-completions server on loopback: it answers POST /v1/chat/completions
 * with whatever the test's reply function makes of the request, and remembers every request.
 */
final class FakeChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    record Reply(int status, String content, String rawBody, Duration delay, boolean trickle) {
        static Reply text(String content) {
            return new Reply(200, content, null, Duration.ZERO, false);
        }

        static Reply status(int status, String body) {
            return new Reply(status, null, body, Duration.ZERO, false);
        }

        static Reply slow(String content, Duration delay) {
            return new Reply(200, content, null, delay, false);
        }

        /** Headers at once, then the body a byte at a time, slowly. */
        static Reply trickling(String content) {
            return new Reply(200, content, null, Duration.ofMillis(200), true);
        }
    }

    record Request(String path, String authorization, JsonNode body) {
        String userMessage() {
            return body.path("messages").path(1).path("content").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-chat");
        t.setDaemon(true);
        return t;
    });
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile Function<Request, Reply> replies;

    FakeChatServer(Function<Request, Reply> replies) throws IOException {
        this.replies = replies;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            try {
                Request req = new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"),
                        JSON.readTree(ex.getRequestBody()));
                requests.add(req);
                Reply reply = this.replies.apply(req);
                String body = reply.rawBody() != null ? reply.rawBody() : JSON.createObjectNode()
                        .put("id", "chatcmpl-test").put("object", "chat.completion").put("model", req.body().path("model").asText())
                        .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0).put("finish_reason", "stop")
                                .set("message", JSON.createObjectNode().put("role", "assistant").put("content", reply.content()))))
                        .toString();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                if (!reply.trickle()) sleep(reply.delay());
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(reply.status(), bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    for (byte b : bytes) {
                        out.write(b);
                        if (reply.trickle()) {
                            out.flush();
                            sleep(reply.delay());
                        }
                    }
                }
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
