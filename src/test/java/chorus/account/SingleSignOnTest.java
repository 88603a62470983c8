package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.WebClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.HttpCookie;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NHS single sign-on against a real OpenID Connect provider (mock-oauth2-server issues signed ID
 * tokens from its own discovery document and keys): the whole authorisation code flow, the role
 * from configuration, a refusal for someone given no role, and a new session id at sign-in.
 */
class SingleSignOnTest {

    private MockOAuth2Server provider;
    private EmbeddedServer chorus;

    @BeforeEach
    void start() {
        provider = new MockOAuth2Server();
        provider.start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.security.oauth2.enabled", "true");
        properties.put("micronaut.security.oauth2.clients.nhs.client-id", "chorus-test");
        properties.put("micronaut.security.oauth2.clients.nhs.client-secret", "secret");
        properties.put("micronaut.security.oauth2.clients.nhs.openid.issuer", provider.issuerUrl("nhs").toString());
        properties.put("chorus.oidc.roles.analyst", List.of("chorus-analysts"));
        properties.put("chorus.oidc.roles.admin", List.of("chorus-admins"));
        chorus = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterEach
    void stop() {
        chorus.close();
        provider.shutdown();
    }

    @Test
    void anNhsAccountWithAMappedGroupSignsInWithThatRole() {
        WebClient browser = new WebClient(chorus.getURI()).header("Accept", "text/html");
        assertEquals(1, browser.get("/sign-in").html().select("a[href=/oauth/login/nhs]").size(), "offered on the sign-in page");
        browser.get("/sign-in");
        Optional<String> before = session(browser);

        WebClient.Reply landed = signInThroughProvider(browser, "Alex.Analyst@nhs.net", List.of("chorus-analysts", "other"));
        assertEquals("/admin", landed.location());
        assertEquals(200, browser.get("/admin").status());
        assertEquals(200, browser.get("/reports/representation").status(), "an analyst's page");
        assertEquals(403, browser.get("/admin/users").status(), "but not an administrator's");
        assertTrue(session(browser).isPresent());
        assertNotEquals(before, session(browser), "a new session id");
        assertFalse(browser.get("/admin").body().isEmpty());
    }

    @Test
    void anNhsAccountTheConfigurationGivesNoRoleIsRefused() {
        WebClient browser = new WebClient(chorus.getURI()).header("Accept", "text/html");
        WebClient.Reply landed = signInThroughProvider(browser, "someone@nhs.net", List.of("all-staff"));
        assertEquals("/sign-in", landed.location());
        WebClient.Reply home = browser.get("/admin");
        assertEquals(303, home.status(), "still signed out");
        assertEquals("/sign-in", home.location());
    }

    @Test
    void rolesFollowTheConfiguredClaimValuesMostTrustedFirst() {
        Map<String, List<String>> mapping = Map.of("analyst", List.of("a"), "ADMIN", List.of("b"), "data-entry", List.of("c"));
        assertEquals(Optional.of(Role.ADMIN), SingleSignOn.roleFor(List.of("a", "b"), mapping));
        assertEquals(Optional.of(Role.DATA_ENTRY), SingleSignOn.roleFor(List.of("c"), mapping));
        assertEquals(Optional.empty(), SingleSignOn.roleFor(List.of("z"), mapping));
    }

    /** Follows the redirects of the authorisation code flow from Chorus to the provider and back. */
    private WebClient.Reply signInThroughProvider(WebClient browser, String email, List<String> roles) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("nhs", "subject-" + email, "JWT", List.of("chorus-test"),
                Map.of("email", email, "roles", roles), 3600));
        WebClient.Reply toProvider = browser.get("/oauth/login/nhs");
        assertTrue(toProvider.status() == 302 || toProvider.status() == 303, toProvider.body());
        URI authorize = URI.create(toProvider.header("Location"));
        WebClient atProvider = browser.at(URI.create(authorize.getScheme() + "://" + authorize.getAuthority()));
        WebClient.Reply back = atProvider.get(authorize.getRawPath() + "?" + authorize.getRawQuery());
        assertEquals(302, back.status(), back.body());
        URI callback = URI.create(back.header("Location"));
        return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    private static Optional<String> session(WebClient browser) {
        return browser.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("chorus-session"))
                .map(HttpCookie::getValue).findFirst();
    }
}
