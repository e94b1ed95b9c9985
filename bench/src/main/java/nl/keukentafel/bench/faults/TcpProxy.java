package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on the loopback address between some tablets and an app node, which the suite can
 * cut: the tablets' side of every connection is reset (as when a tablet loses its Wi-Fi, its own
 * connections fail at once) and new connections are refused, while the node's side stays open and
 * whatever the node writes into it is swallowed, so the node does not notice (as with a real
 * network cut, which the server only learns of when TCP gives up, minutes later). When the cut
 * ends, new connections pass again; the swallowed ones stay until the node closes them.
 */
final class TcpProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcpProxy.class);

    private final String name;
    private final int upstreamPort;
    private final ServerSocket server;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    TcpProxy(String name, int upstreamPort) throws IOException {
        this.name = name;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        Thread.ofPlatform().daemon().name("proxy-" + name).start(this::accept);
        log.info("Proxy {} on 127.0.0.1:{} -> 127.0.0.1:{}", name, port(), upstreamPort);
    }

    int port() {
        return server.getLocalPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Cuts every tablet behind this proxy off, until {@link #restore()}. */
    void cut() {
        cut = true;
        int count = 0;
        for (Link link : links) {
            link.cut();
            count++;
        }
        log.info("Proxy {} cut: {} connections reset on the tablets' side, kept open towards the node", name, count);
    }

    void restore() {
        cut = false;
        log.info("Proxy {} passes connections again", name);
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    log.warn("Proxy {} stopped accepting", name, e);
                }
                return;
            }
            if (cut) {
                reset(client);
                continue;
            }
            try {
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                Link link = new Link(client, upstream);
                links.add(link);
                link.start();
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    @Override
    public void close() {
        closed = true;
        quietly(server);
        links.forEach(Link::close);
        links.clear();
    }

    private static void quietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    /** One tablet connection: bytes both ways, until either side closes or the cut swallows it. */
    private final class Link {

        private final Socket client;
        private final Socket upstream;
        private volatile boolean swallowing;

        private Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        private void start() {
            Thread.ofVirtual().name("proxy-" + name + "-up").start(this::clientToNode);
            Thread.ofVirtual().name("proxy-" + name + "-down").start(this::nodeToClient);
        }

        private void cut() {
            swallowing = true;
            reset(client);
        }

        private void clientToNode() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream()) {
                OutputStream out = upstream.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
                if (!swallowing) {
                    upstream.shutdownOutput();
                }
            } catch (IOException e) {
                if (!swallowing) {
                    close();
                }
            }
        }

        private void nodeToClient() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = upstream.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (swallowing) {
                        continue;
                    }
                    try {
                        OutputStream out = client.getOutputStream();
                        out.write(buffer, 0, n);
                        out.flush();
                    } catch (IOException e) {
                        if (!swallowing) {
                            throw e;
                        }
                    }
                }
            } catch (IOException e) {
                // The node closed or reset its side.
            } finally {
                close();
            }
        }

        private void close() {
            links.remove(this);
            quietly(client);
            quietly(upstream);
        }
    }
}
