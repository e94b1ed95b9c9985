package nl.keukentafel.board.ui;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * This machine's own addresses in a home or office network (site-local IPv4: 192.168.x.x, 10.x.x.x,
 * 172.16–31.x.x), for tablets that cannot reach "localhost" (see {@link JoinLinks}). Interfaces of
 * containers, virtual machines and VPNs are left out: tablets at the table cannot reach those.
 */
@Component
class LocalNetwork {

    private static final List<String> NOT_THE_ROOM = List.of(
            "docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "lxc", "lxd", "cni", "podman", "tun", "tap", "wg",
            "zt");

    /** The addresses, those of typical home and office networks (192.168.x.x) first; empty when none. */
    List<String> siteLocalAddresses() {
        List<Inet4Address> found = new ArrayList<>();
        try {
            for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual() || network.isPointToPoint()) {
                    continue;
                }
                String name = network.getName().toLowerCase(Locale.ROOT);
                if (NOT_THE_ROOM.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                network.inetAddresses()
                        .filter(address -> address instanceof Inet4Address && address.isSiteLocalAddress())
                        .map(Inet4Address.class::cast)
                        .forEach(found::add);
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found.stream()
                .sorted(Comparator.comparingInt(LocalNetwork::preference))
                .map(Inet4Address::getHostAddress)
                .distinct()
                .toList();
    }

    private static int preference(Inet4Address address) {
        int first = Byte.toUnsignedInt(address.getAddress()[0]);
        return first == 192 ? 0 : first == 10 ? 1 : 2;
    }
}
