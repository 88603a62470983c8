package chorus.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a request comes from, for throttling: the address that connected, or, only when that is a
 * proxy named in {@code chorus.throttle.trusted-proxies}, the nearest address in X-Forwarded-For
 * that is not a trusted proxy. The header is never believed otherwise, since anyone can send it.
 * An IPv6 source counts as its /64, because one home or one cloud machine is handed a whole /64.
 * Only a pseudonym of the source is ever stored or logged. Made at start-up, so a trusted proxy
 * that is not an address stops the start rather than failing sign-ins later.
 */
@Context
public class RequestSources {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Pseudonyms pseudonyms;
    private final List<AddressRange> trustedProxies;

    RequestSources(Pseudonyms pseudonyms, ThrottleSettings settings) {
        this.pseudonyms = pseudonyms;
        this.trustedProxies = settings.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    /** The keyed hash of the request's source (see {@link Pseudonyms}). */
    public String pseudonymOf(HttpRequest<?> request) {
        return pseudonyms.of("source", sourceOf(request));
    }

    String sourceOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        byte[] peer = remote == null || remote.getAddress() == null ? null : remote.getAddress().getAddress();
        return source(peer, request.getHeaders().getAll(FORWARDED_FOR), trustedProxies);
    }

    /** The source as a short text: an IPv4 address, or an IPv6 /64; "unknown" without an address. */
    static String source(byte[] peer, List<String> forwardedFor, List<AddressRange> trusted) {
        byte[] source = peer == null ? null : unmapped(peer);
        if (source != null && trusted(source, trusted)) {
            // Each proxy appends the address it received from, so the list is read from the right; the
            // first address that is not a trusted proxy is the client, as far as anyone trusted can tell.
            List<String> hops = forwardedFor.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = NetUtil.createByteArrayFromIpAddressString(withoutPort(hops.get(i)));
                if (hop == null) {
                    break;
                }
                source = unmapped(hop);
                if (!trusted(source, trusted)) {
                    break;
                }
            }
        }
        if (source == null) {
            return "unknown";
        }
        if (source.length == 4) {
            try {
                return InetAddress.getByAddress(source).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return HexFormat.of().formatHex(source, 0, 8) + "::/64";
    }

    private static boolean trusted(byte[] address, List<AddressRange> trusted) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** Some proxies write the client's port too: 192.0.2.1:50312, [2001:db8::1]:50312. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is the IPv4 address. */
    private static byte[] unmapped(byte[] address) {
        if (address.length == 16) {
            boolean mapped = address[10] == (byte) 0xff && address[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = address[i] == 0;
            }
            if (mapped) {
                return Arrays.copyOfRange(address, 12, 16);
            }
        }
        return address;
    }

    /** One address, or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
    record AddressRange(byte[] network, int bits) {

        static AddressRange parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] address = NetUtil.createByteArrayFromIpAddressString(parts[0].strip());
            if (address == null) {
                throw new IllegalArgumentException("chorus.throttle.trusted-proxies: " + text + " is not an IP address or CIDR range");
            }
            address = unmapped(address);
            int bits = address.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("chorus.throttle.trusted-proxies: " + text + " has a wrong prefix length");
                }
            }
            return new AddressRange(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
