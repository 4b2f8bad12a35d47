package jp.hikeshi.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.hikeshi.audit.internal.AuditChain;
import jp.hikeshi.audit.internal.AuditOffline;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import tools.jackson.databind.ObjectMapper;

/**
 * {@code java -jar hikeshi.jar audit-verify | audit-export [--out=FILE]}: checks or
 * exports the audit hash chain straight from the database, without the web server,
 * security or migrations, and says the outcome in Japanese (or English with
 * {@code --lang=en}). Exit status: 0 intact (or exported), 1 broken, 2 could not check.
 */
public final class AuditCommandLine {

	public static final Set<String> COMMANDS = Set.of("audit-verify", "audit-export");

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int UNCHECKED = 2;

	private AuditCommandLine() {
	}

	/**
	 * Runs the command named in {@code args} and returns its exit status; nothing here
	 * calls System.exit.
	 */
	public static int run(String[] args, PrintStream out) {
		String command = List.of(args).stream().filter(COMMANDS::contains).findFirst().orElse("audit-verify");
		Words words = new Words(Locale.JAPANESE);
		try (ConfigurableApplicationContext context = start(args)) {
			words = new Words(Locale.forLanguageTag(context.getEnvironment()
				.getProperty("lang", context.getEnvironment().getProperty("spring.web.locale", "ja"))));
			AuditChain chain = context.getBean(AuditChain.class);
			if (command.equals("audit-export")) {
				return export(chain, context.getBean(ObjectMapper.class), context.getEnvironment().getProperty("out"),
						words, out);
			}
			return verify(chain, words, out);
		}
		catch (RuntimeException | IOException failure) {
			out.println(words.say("audit.cli.unchecked", rootMessage(failure)));
			return UNCHECKED;
		}
	}

	private static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(AuditOffline.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			// one connection without a pool: an unreachable database fails at once
			// instead of after the pool's wait
			.properties("logging.level.root=WARN", "spring.flyway.enabled=false",
					"spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource")
			.listeners(AuditCommandLine::openExistingOnly)
			.run(args);
	}

	/**
	 * An H2 file that does not exist is reported as missing instead of being created
	 * empty.
	 */
	private static void openExistingOnly(Object event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			ConfigurableEnvironment env = prepared.getEnvironment();
			String url = env.getProperty("spring.datasource.url", "");
			if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
				env.getPropertySources()
					.addFirst(new MapPropertySource("auditCommandLine",
							Map.of("spring.datasource.url", url + ";IFEXISTS=TRUE")));
			}
		}
	}

	private static int verify(AuditChain chain, Words words, PrintStream out) {
		AuditVerification result = chain.verify();
		if (result.valid()) {
			out.println(words.say("audit.verify.valid", result.checkedEntries()));
			return INTACT;
		}
		out.println(words.say("audit.verify.broken", result.brokenSeq(),
				words.say("audit.verify.reason." + result.problem()), result.checkedEntries()));
		// positions and ids as plain digits, never grouped like amounts
		out.println(words.say("audit.cli.located", String.valueOf(result.brokenSeq()),
				result.brokenEntryId() == null || result.brokenEntryId() < 0 ? "-"
						: String.valueOf(result.brokenEntryId())));
		return BROKEN;
	}

	private static int export(AuditChain chain, ObjectMapper json, String file, Words words, PrintStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(file == null ? out : Files.newOutputStream(Path.of(file)),
				StandardCharsets.UTF_8);
		long[] count = { 0 };
		String[] head = { null };
		try {
			chain.export(null, h -> {
				head[0] = h.headHash();
				line(writer, json.writeValueAsString(headLine(h.headSeq(), h.headHash())));
			}, e -> {
				count[0]++;
				line(writer, json.writeValueAsString(e));
			});
		}
		finally {
			writer.flush();
			if (file != null) {
				writer.close();
			}
		}
		if (file != null) {
			out.println(words.say("audit.cli.exported", count[0], file, head[0]));
		}
		return INTACT;
	}

	/**
	 * The first line of an export (also of the REST export): what it is and the head it
	 * runs up to.
	 */
	public static Map<String, Object> headLine(long headSeq, String headHash) {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("format", "hikeshi-audit-chain/1");
		head.put("headSeq", headSeq);
		head.put("headHash", headHash);
		return head;
	}

	private static void line(Writer writer, String text) {
		try {
			writer.write(text);
			writer.write('\n');
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getMessage().lines().findFirst().orElse("");
	}

	/** The audit bundle in the chosen language, outside any web request. */
	private record Words(ResourceBundleMessageSource messages, Locale locale) {

		Words(Locale locale) {
			this(bundle(), locale);
		}

		private static ResourceBundleMessageSource bundle() {
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasename("i18n/audit");
			messages.setDefaultEncoding("UTF-8");
			messages.setFallbackToSystemLocale(false);
			return messages;
		}

		String say(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}
	}

}
