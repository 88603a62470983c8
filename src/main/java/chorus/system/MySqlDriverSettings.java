package chorus.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Connector/J settings that save round trips on MySQL, given to the pool's driver unless the JDBC
 * URL names the setting itself. Only for MySQL URLs: H2 has its own settings and refuses others.
 * <ul>
 * <li>{@code rewriteBatchedStatements}: a batch (a page's answers in a draft, a response's answers)
 * goes as one multi-row INSERT rather than one statement per row.</li>
 * <li>{@code useLocalSessionState}: the driver trusts what it last set (transaction isolation,
 * read-only) instead of asking the server again or setting it again.</li>
 * <li>{@code cacheServerConfiguration}: the server's variables are read once, not on every new
 * connection the pool opens.</li>
 * <li>{@code cachePrepStmts}: a statement's parsed form is kept per connection, so the same SQL is
 * not parsed again on every request.</li>
 * </ul>
 */
@Singleton
class MySqlDriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> SETTINGS = Map.of(
            "rewriteBatchedStatements", "true",
            "useLocalSessionState", "true",
            "cacheServerConfiguration", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        return apply(event.getBean());
    }

    static DatasourceConfiguration apply(DatasourceConfiguration configuration) {
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            SETTINGS.forEach((name, value) -> {
                if (!url.contains(name + "=")) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }
}
