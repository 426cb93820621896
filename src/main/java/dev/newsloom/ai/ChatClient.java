package dev.newsloom.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One call to an OpenAI-compatible chat-completions endpoint, non-streaming, bounded in time and size. */
final class ChatClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RESPONSE_BYTES = 512 * 1024;

    private final GenerativeConfig config;
    private final HttpClient http;

    ChatClient(GenerativeConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    ChatClient(GenerativeConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    String model() {
        return config.model();
    }

    String complete(String system, String user, int maxTokens) throws GenerativeException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", config.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        body.put("temperature", 0.1);
        body.put("max_tokens", maxTokens);
        body.put("stream", false);
        HttpRequest.Builder request = HttpRequest.newBuilder(config.chatCompletions())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (config.apiKey() != null) request.header("Authorization", "Bearer " + config.apiKey());
        // one deadline for the whole exchange: the request timeout alone stops waiting at the headers, not a slow body
        long deadline = System.nanoTime() + config.timeout().toNanos();
        HttpResponse<InputStream> response;
        String text;
        try {
            response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream()).get(left(deadline), TimeUnit.NANOSECONDS);
            InputStream in = response.body();
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (in) {
                    return in.readNBytes(MAX_RESPONSE_BYTES + 1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] bytes;
            try {
                bytes = read.get(left(deadline), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                in.close();
                throw e;
            }
            if (bytes.length > MAX_RESPONSE_BYTES) throw new GenerativeException("response larger than " + MAX_RESPONSE_BYTES / 1024 + " KB");
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (TimeoutException e) {
            throw new GenerativeException("no answer within " + config.timeout().toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof HttpTimeoutException) throw new GenerativeException("no answer within " + config.timeout().toSeconds() + " s", cause);
            throw new GenerativeException("cannot reach " + config.chatCompletions() + ": " + cause, cause);
        } catch (IOException e) {
            throw new GenerativeException("reading the response failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerativeException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new GenerativeException("HTTP " + response.statusCode() + errorMessage(text));
        }
        try {
            JsonNode content = JSON.readTree(text).path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) throw new GenerativeException("the response holds no message content");
            return content.asText();
        } catch (IOException e) {
            throw new GenerativeException("the response is not JSON", e);
        }
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private static String errorMessage(String body) {
        try {
            JsonNode m = JSON.readTree(body).path("error").path("message");
            if (m.isTextual()) return ": " + cut(m.asText());
        } catch (IOException ignored) {
            // not JSON: show the start of the text
        }
        return body.isBlank() ? "" : ": " + cut(body.strip());
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
