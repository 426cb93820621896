package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlTest {
    @Test
    void onlyHttpUrlsWithAHostPass() {
        assertThat(SafeUrl.httpOrNull("https://example.org/a.jpg")).isEqualTo("https://example.org/a.jpg");
        assertThat(SafeUrl.httpOrNull("javascript:alert(1)")).isNull();
        assertThat(SafeUrl.httpOrNull(" JaVaScRiPt:alert(1)")).isNull();
        assertThat(SafeUrl.httpOrNull("data:text/html,<script>")).isNull();
        assertThat(SafeUrl.httpOrNull("/relative.jpg")).isNull();
        assertThat(SafeUrl.httpOrNull("http://")).isNull();
        assertThat(SafeUrl.httpOrNull(null)).isNull();
    }
}
