package chorus.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        assertEquals(Optional.of("https://survey.example.nhs.uk"),
                PublicUrl.base("https://survey.example.nhs.uk/", false, "localhost:8080"));
    }

    @Test
    void otherwiseTheRequestsHostIsUsed() {
        assertEquals(Optional.of("http://localhost:8080"), PublicUrl.base("", false, "localhost:8080"));
        assertEquals(Optional.of("https://survey.example.nhs.uk"), PublicUrl.base(null, true, "survey.example.nhs.uk"));
        assertEquals(Optional.of("http://[::1]:8080"), PublicUrl.base("", false, "[::1]:8080"));
    }

    @Test
    void aHostHeaderThatIsNotAHostIsRefused() {
        assertEquals(Optional.empty(), PublicUrl.base("", false, "evil.example/phish?x="));
        assertEquals(Optional.empty(), PublicUrl.base("", false, "a b"));
        assertEquals(Optional.empty(), PublicUrl.base("", false, null));
    }
}
