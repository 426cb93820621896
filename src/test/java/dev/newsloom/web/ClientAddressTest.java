package dev.newsloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    @Test
    void theForwardedAddressIsBelievedOnlyFromLoopbackOrATrustedProxy() {
        Set<String> trusted = ClientAddress.parseTrusted("10.0.0.5, 10.0.0.6");
        assertThat(trusted).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        // the proxy appends the real client last; what the client wrote before it is ignored
        assertThat(ClientAddress.from("127.0.0.1", "1.1.1.1, 203.0.113.9", trusted)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.from("10.0.0.5", "203.0.113.9", trusted)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.from("198.51.100.7", "203.0.113.9", trusted)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.from("10.0.0.5", "not an address; DROP TABLE", trusted)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.from("10.0.0.5", null, trusted)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.parseTrusted("  ")).isEmpty();
    }
}
