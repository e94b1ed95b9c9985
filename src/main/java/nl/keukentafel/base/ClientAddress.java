package nl.keukentafel.base;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key that limits count per client: an IPv4 address as it is, an IPv6 address by its /64
 * network, because one household or phone is handed a whole /64 and can pick any address in it.
 * The address is the one the servlet container reports: the peer's, or the one a trusted proxy
 * forwarded (docs/adr/0006).
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The limiting key for a remote address; a value that is not an IP address is kept as it is. */
    public static String key(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.strip();
        if (!looksLikeIp(address)) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                if (isIpv4Mapped(bytes)) {
                    return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "."
                            + (bytes[15] & 0xff);
                }
                HexFormat hex = HexFormat.of();
                StringBuilder prefix = new StringBuilder(24);
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(hex.toHexDigits(bytes[i]))
                            .append(hex.toHexDigits(bytes[i + 1]))
                            .append(':');
                }
                return prefix.append(":/64").toString();
            }
            return address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** Only literals: {@link InetAddress#getByName} must never look a name up. */
    private static boolean looksLikeIp(String address) {
        return address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '%')
                && (address.indexOf(':') >= 0
                        || address.chars().filter(c -> c == '.').count() == 3);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
