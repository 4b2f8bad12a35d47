package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every operation of the OpenAPI document, called as each role and anonymously, against
 * the expected table src/test/resources/permissions.csv: "yes" passes the role check (any
 * answer but 401/403), "no" is refused (403 signed in, 401 anonymous). Ids are unknown
 * and bodies unreadable, so nothing changes; which records of an allowed role it may see
 * (own reports, its vendor's tasks) is proven by the module tests. A new operation
 * without a row fails; {@code -Dpermissions.record=true} writes the observed table for
 * review in the diff.
 */
@WebTest
class PermissionMatrixTests {

	static final Path TABLE = Path.of("src/test/resources/permissions.csv");
	static final Path DOCUMENT = Path.of("docs/permissions.md");
	static final List<String> CALLERS = List.of("ADMIN", "HANDLER", "MANAGER", "VENDOR", "REPORTER", "ANONYMOUS");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-1 every documented operation answers each role and anonymous callers as the permission table says")
	void everyOperationAnswersEachCallerAsTheTableSays() throws Exception {
		Map<String, String> tokens = new LinkedHashMap<>();
		for (Role role : List.of(Role.ADMIN, Role.HANDLER, Role.MANAGER, Role.VENDOR, Role.REPORTER)) {
			tokens.put(role.name(), accounts.create("matrix", role).bearer());
		}
		Map<String, List<String>> expected = read();
		Map<String, List<String>> observed = new TreeMap<>();
		List<String> differences = new ArrayList<>();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath
			.read(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(), "$.paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			String key = method.toUpperCase(Locale.ROOT) + "," + path;
			List<String> want = expected.get(key);
			boolean body = operation.containsKey("requestBody");
			// an operation that changes shared data without an id or a body (a poll) is
			// only called where refused
			boolean quietOnly = !method.equals("get") && !path.contains("{") && !body;
			List<String> row = new ArrayList<>();
			for (String caller : CALLERS) {
				if (quietOnly && want != null && want.get(CALLERS.indexOf(caller)).equals("yes")) {
					row.add("yes");
					continue;
				}
				int status = call(method, path, body, tokens.get(caller));
				row.add(status == 401 || status == 403 ? "no" : "yes");
				if (status == 401 && !caller.equals("ANONYMOUS")) {
					differences.add(key + " answered 401 to the signed-in " + caller);
				}
			}
			observed.put(key, row);
			if (want == null) {
				differences.add(key + " has no row in " + TABLE + " (observed " + row + ")");
			}
			else if (!want.equals(row)) {
				differences.add(key + " expected " + want + " but observed " + row);
			}
		}));
		expected.keySet()
			.stream()
			.filter(key -> !observed.containsKey(key))
			.forEach(key -> differences.add(key + " is in the table but not in the OpenAPI document"));
		if (Boolean.getBoolean("permissions.record")) {
			write(observed);
		}
		assertThat(differences).isEmpty();
		assertThat(observed).hasSizeGreaterThan(100);
	}

	@Test
	@DisplayName("GEN-1 docs/permissions.md is the permission table as generated, so the two never differ")
	void theDocumentIsGeneratedFromTheTable() throws IOException {
		String generated = document(read());
		if (Boolean.getBoolean("permissions.record")) {
			Files.writeString(DOCUMENT, generated);
		}
		assertThat(Files.readString(DOCUMENT)).as("run with -Dpermissions.record=true to regenerate " + DOCUMENT)
			.isEqualTo(generated);
	}

	private int call(String method, String path, boolean body, String bearer) {
		String url = path.replaceAll("\\{[^}]*[iI]d\\}", UUID.randomUUID().toString())
			.replaceAll("\\{[^}]*\\}", "no-such-thing");
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), url);
		if (bearer != null) {
			call.header("Authorization", bearer);
		}
		if (body) {
			call.contentType(MediaType.APPLICATION_JSON).content("{\"unreadable\": ");
		}
		try {
			return mvc.perform(call).andReturn().getResponse().getStatus();
		}
		catch (Exception failure) {
			throw new IllegalStateException(method + " " + url, failure);
		}
	}

	static Map<String, List<String>> read() throws IOException {
		Map<String, List<String>> table = new TreeMap<>();
		for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
				continue;
			}
			String[] cells = line.split(",");
			table.put(cells[0] + "," + cells[1], List.of(cells).subList(2, cells.length));
		}
		return table;
	}

	private static void write(Map<String, List<String>> observed) throws IOException {
		StringBuilder csv = new StringBuilder(
				"# The permission table: \"yes\" = the caller passes the role check, \"no\" = refused (403, or 401\n"
						+ "# anonymously). Checked by PermissionMatrixTests; docs/permissions.md is generated from it.\n");
		csv.append("method,path,").append(String.join(",", CALLERS)).append('\n');
		observed.forEach((key, row) -> csv.append(key).append(',').append(String.join(",", row)).append('\n'));
		Files.writeString(TABLE, csv);
	}

	static String document(Map<String, List<String>> table) {
		StringBuilder md = new StringBuilder(
				"""
						# Who may call what / 権限表

						Generated from `src/test/resources/permissions.csv` by `PermissionMatrixTests` (do not edit by hand; run
						`./mvnw -o test -Dtest=PermissionMatrixTests -Dpermissions.record=true` after changing the table). ✓ = the
						role passes the role check of the operation; — = refused (403; 401 without a token). Which records an
						allowed role then sees (a reporter its own reports, a vendor its own company's tasks) is narrowed further
						by the module, see docs/security.md.

						""");
		md.append("| Method | Path | ").append(String.join(" | ", CALLERS)).append(" |\n");
		md.append("|---|---|").append("---|".repeat(CALLERS.size())).append('\n');
		table.forEach((key, row) -> {
			String[] parts = key.split(",", 2);
			md.append("| ").append(parts[0]).append(" | `").append(parts[1]).append("` | ");
			row.forEach(cell -> md.append(cell.equals("yes") ? "✓" : "—").append(" | "));
			md.setLength(md.length() - 1);
			md.append('\n');
		});
		return md.toString();
	}

}
