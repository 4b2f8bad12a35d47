package jp.hikeshi.audit.internal;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The whole application context of the offline audit commands: the datasource from the
 * usual {@code spring.datasource.*} settings and the chain, nothing of the web, security,
 * migrations or background work. Deliberately not a {@code @Configuration}, so the
 * server's component scan never picks it up.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@Import({ AuditChain.class, AuditParams.class })
public class AuditOffline {

}
