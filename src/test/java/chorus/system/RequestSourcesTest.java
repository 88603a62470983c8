package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.netty.util.NetUtil;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which address a request is throttled as: X-Forwarded-For counts only when a trusted proxy sent it. */
class RequestSourcesTest {

    private static final List<RequestSources.AddressRange> NONE = List.of();
    private static final List<RequestSources.AddressRange> PROXIES = List.of(
            RequestSources.AddressRange.parse("10.0.0.0/8"), RequestSources.AddressRange.parse("fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.5", source("203.0.113.5", List.of("198.51.100.7"), NONE));
        assertEquals("203.0.113.5", source("203.0.113.5", List.of("198.51.100.7"), PROXIES), "the peer is no trusted proxy");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedAddressIsTheSource() {
        assertEquals("198.51.100.7", source("10.0.0.2", List.of("198.51.100.7"), PROXIES));
        assertEquals("198.51.100.7", source("10.0.0.2", List.of("6.6.6.6, 198.51.100.7"), PROXIES),
                "what the client wrote itself, on the left, is not believed");
        assertEquals("198.51.100.7", source("10.0.0.2", List.of("6.6.6.6", "198.51.100.7, 10.1.1.1"), PROXIES),
                "a chain of trusted proxies, over two header lines");
        assertEquals("198.51.100.7", source("fd00::1", List.of("198.51.100.7:51234"), PROXIES), "with a port");
        assertEquals("10.0.0.2", source("10.0.0.2", List.of("unknown"), PROXIES), "not an address: the proxy itself");
        assertEquals("10.0.0.2", source("10.0.0.2", List.of(), PROXIES));
    }

    @Test
    void anIpv6SourceIsItsSlash64AndMappedIpv4IsIpv4() {
        assertEquals("20010db800010002::/64", source("2001:db8:1:2:3:4:5:6", List.of(), NONE));
        assertEquals("20010db800010002::/64", source("10.0.0.2", List.of("[2001:db8:1:2:ffff::9]:443"), PROXIES));
        assertEquals("192.0.2.1", source("::ffff:192.0.2.1", List.of(), NONE));
        assertEquals("unknown", RequestSources.source(null, List.of(), NONE));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> RequestSources.AddressRange.parse("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> RequestSources.AddressRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> RequestSources.AddressRange.parse("10.0.0.0/x"));
        Throwable refused = assertThrows(Throwable.class, () -> ApplicationContext.run(
                Map.of("chorus.throttle.trusted-proxies", "10.0.0.1,proxy.example"), "test").close());
        assertTrue(messages(refused).contains("proxy.example is not an IP address"), messages(refused));
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String source(String peer, List<String> forwardedFor, List<RequestSources.AddressRange> trusted) {
        return RequestSources.source(NetUtil.createByteArrayFromIpAddressString(peer), forwardedFor, trusted);
    }
}
