package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddress.key("192.0.2.17")).isEqualTo("192.0.2.17");
        assertThat(ClientAddress.key("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void everyAddressInOneIpv6Slash64SharesOneKey() {
        String first = ClientAddress.key("2001:db8:aa:bb::1");
        assertThat(first).isEqualTo("2001:0db8:00aa:00bb::/64");
        assertThat(ClientAddress.key("2001:db8:aa:bb:ffff:ffff:ffff:fffe")).isEqualTo(first);
        assertThat(ClientAddress.key("2001:DB8:AA:BB:0:0:0:99")).isEqualTo(first);
        assertThat(ClientAddress.key("2001:db8:aa:bc::1")).isNotEqualTo(first);
    }

    @Test
    void somethingThatIsNoAddressIsNeverLookedUp() {
        assertThat(ClientAddress.key("test-client-1")).isEqualTo("test-client-1");
        assertThat(ClientAddress.key("example.org")).isEqualTo("example.org");
        assertThat(ClientAddress.key("")).isEqualTo("unknown");
        assertThat(ClientAddress.key(null)).isEqualTo("unknown");
    }
}
