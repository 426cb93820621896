package dev.newsloom.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the optional generative engine is: any OpenAI-compatible chat-completions endpoint (a
 * local Ollama or llama.cpp server, or a hosted one).
 *
 * @param baseUrl the API's base, e.g. {@code http://localhost:11434/v1}; {@code /chat/completions} is added
 * @param apiKey  sent as a bearer token; null for servers that need none
 */
public record GenerativeConfig(URI baseUrl, String model, String apiKey, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public GenerativeConfig {
        String scheme = baseUrl == null || baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("NEWSLOOM_AI_URL must be an http:// or https:// address, e.g. http://localhost:11434/v1; got " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("NEWSLOOM_AI_MODEL must name the model to use with " + baseUrl + ", e.g. llama3.2");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) timeout = DEFAULT_TIMEOUT;
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /**
     * From NEWSLOOM_AI_URL, NEWSLOOM_AI_MODEL, NEWSLOOM_AI_KEY and NEWSLOOM_AI_TIMEOUT (seconds);
     * empty when no URL is set.
     *
     * @throws IllegalArgumentException with a message naming the variable that is wrong
     */
    public static Optional<GenerativeConfig> fromEnvironment(Map<String, String> env) {
        String url = env.get("NEWSLOOM_AI_URL");
        if (url == null || url.isBlank()) return Optional.empty();
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEWSLOOM_AI_URL is not a valid address: " + url);
        }
        Duration timeout = DEFAULT_TIMEOUT;
        String t = env.get("NEWSLOOM_AI_TIMEOUT");
        if (t != null && !t.isBlank()) {
            try {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(t.strip()) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEWSLOOM_AI_TIMEOUT must be a number of seconds; got " + t);
            }
        }
        return Optional.of(new GenerativeConfig(uri, env.get("NEWSLOOM_AI_MODEL"), env.get("NEWSLOOM_AI_KEY"), timeout));
    }

    URI chatCompletions() {
        String base = baseUrl.toString();
        if (base.endsWith("/chat/completions")) return baseUrl;
        return URI.create(base.replaceAll("/+$", "") + "/chat/completions");
    }

    /** The key never appears in logs. */
    @Override
    public String toString() {
        return "GenerativeConfig[" + baseUrl + ", model " + model + (apiKey == null ? "" : ", with API key") + ", timeout " + timeout.toSeconds() + " s]";
    }
}
