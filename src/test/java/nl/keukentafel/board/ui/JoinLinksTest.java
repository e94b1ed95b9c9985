package nl.keukentafel.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost", "LOCALHOST", "keukentafel.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1"})
    void aNameOrAddressOfThisMachineItselfIsLoopback(String host) {
        assertThat(JoinLinks.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"192.168.1.20", "10.0.0.5", "keukentafel.example.org", "localhost.example.org", "", "[fe80::1]"})
    void anAddressTabletsCanReachIsNot(String host) {
        assertThat(JoinLinks.isLoopback(host)).isFalse();
    }
}
