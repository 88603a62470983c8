package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MySqlDriverSettingsTest {

    @Inject
    @Named("default")
    DatasourceConfiguration pool;

    @Test
    void aMySqlUrlGetsTheSettingsItDoesNotNameItself() {
        DatasourceConfiguration configuration = new DatasourceConfiguration("test");
        configuration.setUrl("jdbc:mysql://db:3306/chorus?useLocalSessionState=false");

        MySqlDriverSettings.apply(configuration);

        assertEquals("true", configuration.getDataSourceProperties().getProperty("rewriteBatchedStatements"));
        assertEquals("2048", configuration.getDataSourceProperties().getProperty("prepStmtCacheSqlLimit"));
        // The URL's own choice stands: the driver reads the URL, and a property would not override it anyway.
        assertEquals(null, configuration.getDataSourceProperties().getProperty("useLocalSessionState"));
    }

    @Test
    void anH2UrlGetsNone() {
        DatasourceConfiguration configuration = new DatasourceConfiguration("test");
        configuration.setUrl("jdbc:h2:mem:x;MODE=MySQL");

        MySqlDriverSettings.apply(configuration);

        assertTrue(configuration.getDataSourceProperties().isEmpty());
    }

    /** The running pool: with the suite on MySQL its driver has the settings; on H2, none. */
    @Test
    void theRunningPoolHasThemExactlyOnMySql() {
        boolean mysql = pool.getUrl().startsWith("jdbc:mysql:");
        assertEquals(mysql, "true".equals(pool.getDataSourceProperties().getProperty("rewriteBatchedStatements")));
        assertEquals(mysql ? MySqlDriverSettings.SETTINGS.size() : 0, pool.getDataSourceProperties().size());
    }
}
