package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Chorus's settings: checked when read, documented in one README table, and the clock in the configured zone. */
class SettingsTest {

    @Test
    void aSettingThatCannotWorkIsRefusedNamingIt() {
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> new ChorusSettings(".", "surveys", "translations", "Mars/Olympus", false, "", 48));
        assertTrue(zone.getMessage().contains("chorus.time-zone"), zone.getMessage());
        IllegalArgumentException hours = assertThrows(IllegalArgumentException.class,
                () -> new ChorusSettings(".", "surveys", "translations", "Europe/London", false, "", 0));
        assertTrue(hours.getMessage().contains("chorus.draft-hours"), hours.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> new ChorusSettings(".", "surveys", "translations", "Europe/London", false, "survey.example.nhs.uk", 48));
        assertTrue(url.getMessage().contains("chorus.public-url"), url.getMessage());
        assertEquals("https://survey.example.nhs.uk", new ChorusSettings(".", "surveys", "translations", "Europe/London", true,
                " https://survey.example.nhs.uk ", 48).publicUrl());
    }

    @Test
    void theOneClockIsInTheConfiguredZone() {
        Clock clock = new Clocks().clock(new ChorusSettings(".", "surveys", "translations", "Asia/Dhaka", false, "", 48));
        assertEquals(ZoneId.of("Asia/Dhaka"), clock.getZone());
    }

    @Test
    void everyChorusSettingInApplicationYmlIsInTheReadmeTableAndNoOtherIs() throws Exception {
        Map<String, Object> yml = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        Set<String> configured = new TreeSet<>();
        leaves("chorus", yml.get("chorus"), configured);

        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Settings\n"), readme.indexOf("\n## ", readme.indexOf("## Settings\n") + 1));
        Set<String> documented = new TreeSet<>();
        Matcher setting = Pattern.compile("`(chorus\\.[a-z0-9.-]+)`").matcher(section);
        while (setting.find()) {
            documented.add(setting.group(1));
        }
        Set<String> missing = new TreeSet<>(configured);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "in application.yml but not in the README's Settings table: " + missing);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(configured);
        assertTrue(unknown.isEmpty(), "in the README's Settings table but not in application.yml: " + unknown);
    }

    private static void leaves(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> leaves(prefix + "." + key, value, into));
        } else {
            into.add(prefix);
        }
    }
}
