package dev.newsloom.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, from npm (package-lock.json pins it; `npm ci` installs it into node_modules, and
 * .ci/run does that), run inside the page the browser shows. The page's own CSP does not apply to
 * scripts the driver evaluates, so the site's policy stays as strict as it is.
 */
public final class Axe {
    public static final Path SCRIPT = Path.of(System.getProperty("newsloom.basedir", "."), "node_modules", "axe-core", "axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private Axe() {}

    /** A violation of impact serious or critical, with the elements it concerns. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    /** The serious and critical violations on the current page. */
    public static List<Violation> seriousViolations(ChromeDriver browser) {
        browser.executeScript(script());
        Object raw = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify({ error: String(e) })));""");
        try {
            JsonNode node = JSON.readTree((String) raw);
            if (node.isObject() && node.has("error")) throw new AssertionError("axe-core failed in the page: " + node.get("error").asText());
            List<Violation> out = new ArrayList<>();
            for (JsonNode v : node) {
                String impact = v.path("impact").asText();
                if (!impact.equals("serious") && !impact.equals("critical")) continue;
                List<String> targets = new ArrayList<>();
                for (JsonNode n : v.path("nodes")) targets.add(n.path("target").toString());
                out.add(new Violation(v.path("id").asText(), impact, v.path("help").asText(), targets));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("axe-core returned something that is not JSON: " + raw, e);
        }
    }

    private static synchronized String script() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new AssertionError("axe-core is missing at " + SCRIPT.toAbsolutePath()
                        + ": run `npm ci` in the project directory (.ci/run and ./newsloom test do it when npm is installed)");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + SCRIPT + ": " + e, e);
            }
        }
        return source;
    }
}
