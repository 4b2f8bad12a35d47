package jp.hikeshi.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code hikeshi.admin.*}).
 *
 * @param password password of the first administrator, created on the first start of an
 * empty database; when empty, a random one is generated and written to the log once
 */
@ConfigurationProperties("hikeshi.admin")
public record AdminProperties(@DefaultValue("") String password) {
}
