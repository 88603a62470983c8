package chorus.account;

import chorus.system.Role;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/**
 * Turns an NHS identity (an OpenID Connect ID token from NHSmail / Microsoft Entra ID) into a
 * Chorus sign-in. The person's Chorus role comes from configuration: which values of the roles
 * claim (Entra app roles or group ids) give which role. Someone the configuration gives no role is
 * refused, so an NHS account alone opens nothing.
 */
@Singleton
@Named("nhs")
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
class SingleSignOn implements OpenIdAuthenticationMapper {

    /** Which claims to read, and role name (any case) to the claim values that give it. */
    @ConfigurationProperties("chorus.oidc")
    record Settings(@Bindable(defaultValue = "email") String usernameClaim, @Bindable(defaultValue = "roles") String rolesClaim,
                    @Nullable Map<String, List<String>> roles) {
    }

    /** Most trusted first: someone given two roles gets the first of them. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.ANALYST, Role.MVP_LEAD, Role.DATA_ENTRY);

    private final Settings settings;

    SingleSignOn(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String provider, OpenIdTokenResponse token,
                                                                          OpenIdClaims claims, @Nullable State state) {
        Object name = claims.get(settings.usernameClaim());
        Optional<Role> role = roleFor(values(claims.get(settings.rolesClaim())), settings.roles() == null ? Map.of() : settings.roles());
        if (!(name instanceof String username) || username.isBlank() || role.isEmpty()) {
            return Publishers.just(AuthenticationResponse.failure());
        }
        return Publishers.just(AuthenticationResponse.success(AccountService.normalise(username), List.of(role.get().name())));
    }

    /** The role the claim values give under the mapping, if any. */
    static Optional<Role> roleFor(Collection<String> claimValues, Map<String, List<String>> mapping) {
        for (Role role : PRECEDENCE) {
            for (Map.Entry<String, List<String>> entry : mapping.entrySet()) {
                String key = entry.getKey().toUpperCase(Locale.ROOT).replace('-', '_');
                if (key.equals(role.name()) && entry.getValue().stream().anyMatch(claimValues::contains)) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
