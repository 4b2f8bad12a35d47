package jp.hikeshi.identity;

import org.springframework.core.io.ClassPathResource;
import org.springframework.ldap.test.unboundid.EmbeddedLdapServer;
import org.springframework.ldap.test.unboundid.LdapTestUtils;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

/**
 * A real LDAP server for tests: UnboundID's in-memory directory on a random port, loaded
 * with an Active Directory-like tree (src/test/resources/sso/ad-like.ldif) through Spring
 * LDAP's test support.
 */
public final class TestDirectory implements AutoCloseable {

	public static final String BASE_DN = "DC=example,DC=local";

	public static final String BIND_DN = "CN=svc-hikeshi,OU=Service Accounts,DC=example,DC=local";

	public static final String BIND_PASSWORD = "bind-secret-4711";

	public static final String HANDLERS = "CN=Hikeshi-Handlers,OU=Groups,DC=example,DC=local";

	public static final String MANAGERS = "CN=Hikeshi-Managers,OU=Groups,DC=example,DC=local";

	private final InMemoryDirectoryServer server;

	private final EmbeddedLdapServer embedded;

	private TestDirectory(InMemoryDirectoryServer server) {
		this.server = server;
		this.embedded = new EmbeddedLdapServer(server);
	}

	public static TestDirectory start() throws Exception {
		InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
		config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
		// Active Directory's attributes (sAMAccountName, memberOf) are not in the
		// standard schema the server checks
		config.setSchema(null);
		InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
		LdapTestUtils.loadLdif(server, new ClassPathResource("sso/ad-like.ldif"));
		// EmbeddedLdapServer.start() refuses a server configured for a random port:
		// listen here, let it shut down
		server.startListening();
		return new TestDirectory(server);
	}

	public String url() {
		return "ldap://127.0.0.1:" + server.getListenPort();
	}

	@Override
	public void close() {
		embedded.shutdown();
	}

}
