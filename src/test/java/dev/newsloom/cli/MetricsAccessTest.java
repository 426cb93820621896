package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.testing.PrometheusText;
import dev.newsloom.web.WebServer;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may read /metrics and /status, against real servers: without a token only a direct client
 * on this machine (not one a proxy forwards, not one on another address), with a token only a
 * request bearing it.
 */
class MetricsAccessTest {
    static final String TOKEN = "metrics-token-0123456789abcdef";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir static Path openDir;
    @TempDir static Path tokenDir;
    static Application localOnly, withToken;
    static WebServer everyInterface, tokenWeb;

    @BeforeAll
    static void start() {
        localOnly = Application.open(openDir);
        everyInterface = localOnly.startWeb("0.0.0.0", 0);
        withToken = Application.open(tokenDir);
        tokenWeb = withToken.startWeb("127.0.0.1", 0, TOKEN);
    }

    @AfterAll
    static void stop() {
        if (localOnly != null) localOnly.close();
        if (withToken != null) withToken.close();
    }

    static HttpResponse<String> get(String host, int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) b.headers(headers);
        return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutATokenOnlyADirectClientOnThisMachineReadsThem() throws Exception {
        int port = everyInterface.port();
        var local = get("127.0.0.1", port, "/metrics");
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(PrometheusText.parse(local.body()).sum("newsloom_store_rows", "table", "articles")).isZero();
        assertThat(get("127.0.0.1", port, "/status").statusCode()).isEqualTo(200);

        // a reverse proxy on this machine brings every public visitor from loopback: not local
        for (String[] forwarded : new String[][] {{"X-Forwarded-For", "203.0.113.9"}, {"Forwarded", "for=203.0.113.9"},
                {"X-Real-IP", "203.0.113.9"}}) {
            var proxied = get("127.0.0.1", port, "/metrics", forwarded);
            assertThat(proxied.statusCode()).as(forwarded[0]).isEqualTo(403);
            assertThat(proxied.body()).contains("NEWSLOOM_METRICS_TOKEN").doesNotContain("newsloom_");
            assertThat(get("127.0.0.1", port, "/status", forwarded).statusCode()).as(forwarded[0]).isEqualTo(403);
        }
        var sneaky = get("127.0.0.1", port, "/metrics", "Authorization", "Bearer " + TOKEN, "X-Forwarded-For", "203.0.113.9");
        assertThat(sneaky.statusCode()).isEqualTo(403);
    }

    @Test
    void aClientOnAnotherAddressIsRefused() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address to connect from");
        var remote = get(address.get(), everyInterface.port(), "/metrics");
        assertThat(remote.statusCode()).isEqualTo(403);
        assertThat(remote.body()).doesNotContain("jvm_");
        assertThat(get(address.get(), everyInterface.port(), "/status").statusCode()).isEqualTo(403);
        assertThat(get(address.get(), everyInterface.port(), "/").statusCode()).as("the site itself").isEqualTo(200);
    }

    @Test
    void withATokenEveryRequestMustBearIt() throws Exception {
        int port = tokenWeb.port();
        var none = get("127.0.0.1", port, "/metrics");
        assertThat(none.statusCode()).as("even from this machine").isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(none.body()).doesNotContain("newsloom_");
        assertThat(get("127.0.0.1", port, "/metrics", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(get("127.0.0.1", port, "/metrics", "Authorization", "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
        assertThat(get("127.0.0.1", port, "/metrics", "Authorization", "Basic " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get("127.0.0.1", port, "/status").statusCode()).isEqualTo(403);

        var bearing = get("127.0.0.1", port, "/metrics", "Authorization", "Bearer " + TOKEN, "X-Forwarded-For", "203.0.113.9");
        assertThat(bearing.statusCode()).as("through a proxy, from anywhere").isEqualTo(200);
        PrometheusText m = PrometheusText.parse(bearing.body());
        assertThat(m.sum("newsloom_http_requests_seconds_count", "route", "/metrics", "status", "4xx")).isEqualTo(4);
        assertThat(get("127.0.0.1", port, "/status", "Authorization", "bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void theStatusPageOpensToASignedInAdministratorFromAnywhereAndToNoOtherAccount() throws Exception {
        var accounts = localOnly.community().accounts();
        var admin = accounts.create("statusadmin", "status admin password".toCharArray(), dev.newsloom.community.Role.ADMIN);
        var moderator = accounts.create("statusmod", "status mod password".toCharArray(), dev.newsloom.community.Role.MODERATOR);
        String adminCookie = "nl_session=" + localOnly.community().sessions().open(admin).token();
        String modCookie = "nl_session=" + localOnly.community().sessions().open(moderator).token();
        int port = everyInterface.port();
        String[] remote = {"X-Forwarded-For", "203.0.113.9"};
        var asAdmin = get("127.0.0.1", port, "/status", "Cookie", adminCookie, remote[0], remote[1]);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(asAdmin.body()).select("h1").text()).isEqualTo("Status");
        assertThat(get("127.0.0.1", port, "/status", "Cookie", modCookie, remote[0], remote[1]).statusCode()).isEqualTo(403);
        // the machine-readable figures stay with the scraper's rule, whoever is signed in
        assertThat(get("127.0.0.1", port, "/metrics", "Cookie", adminCookie, remote[0], remote[1]).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenTooShortToGuardAnythingStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> withToken.startWeb("127.0.0.1", 0, "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSLOOM_METRICS_TOKEN").hasMessageContaining("at least 16");
        assertThatThrownBy(() -> withToken.startWeb("127.0.0.1", 0, "a token with spaces in it"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) continue;
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return Optional.of(a.getHostAddress());
            }
        }
        return Optional.empty();
    }
}
