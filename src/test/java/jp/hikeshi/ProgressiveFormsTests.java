package jp.hikeshi;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import javax.sql.DataSource;

/**
 * Issue 17: forms show only what applies, without JavaScript too; refusals in words; one
 * vendor field on assets.
 */
@WebTest
class ProgressiveFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("forms", Role.HANDLER, Role.MANAGER);
	}

	@Test
	@DisplayName("TRI-2 the triage form shows no outcome's fields until one is chosen, then only that outcome's, by ?decision= without JavaScript and as an htmx fragment")
	void showsOnlyTheChosenOutcomesFields() throws Exception {
		String report = file("PHISHING");
		String plain = page(get("/reports/" + report + "/triage"));
		assertThat(plain).contains("id=\"outcome-sections\"")
			.doesNotContain("id=\"section-INCIDENT\"")
			.doesNotContain("id=\"section-NOT_INCIDENT\"")
			.doesNotContain("id=\"section-DUPLICATE\"")
			.contains("id=\"show-sections\"");
		String notIncident = page(get("/reports/" + report + "/triage").param("decision", "NOT_INCIDENT"));
		assertThat(notIncident).contains("id=\"section-NOT_INCIDENT\"", "name=\"warningText\"")
			.doesNotContain("id=\"section-INCIDENT\"")
			.doesNotContain("name=\"duplicateOfNumber\"");
		String fragment = page(
				get("/reports/" + report + "/triage").param("decision", "DUPLICATE").header("HX-Request", "true"));
		assertThat(fragment).contains("id=\"section-DUPLICATE\"", "name=\"duplicateOfNumber\"")
			.doesNotContain("<html")
			.doesNotContain("name=\"urgency\"");
	}

	@Test
	@DisplayName("TRI-1 TRI-2 without JavaScript the show button brings the chosen outcome's fields back with what was typed, saving nothing")
	void theShowButtonKeepsWhatWasTyped() throws Exception {
		String report = file("PHISHING");
		String page = page(post("/reports/" + report + "/triage/outcome").with(csrf())
			.param("version", "0")
			.param("impact", "経理部の 3 台")
			.param("decision", "INCIDENT"));
		assertThat(page).contains("id=\"section-INCIDENT\"", "経理部の 3 台", "name=\"urgency\"")
			.doesNotContain("id=\"section-DUPLICATE\"");
		String saved = mvc
			.perform(get("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).doesNotContain("経理部の 3 台");
	}

	@Test
	@DisplayName("RES-3 the containment form shows the isolation fields, or only the filtering fields for ?kind=FILTER_BLOCK")
	void showsOnlyTheChosenKindsFields() throws Exception {
		IncidentView incident = incident("MALWARE");
		String isolation = page(get("/incidents/" + incident.id() + "/remediation"));
		assertThat(isolation).contains("id=\"fields-ISOLATE_DEVICE\"").doesNotContain("id=\"fields-FILTER_BLOCK\"");
		String filtering = page(get("/incidents/" + incident.id() + "/remediation").param("kind", "FILTER_BLOCK"));
		assertThat(filtering).contains("id=\"fields-FILTER_BLOCK\"", "name=\"targetValue\"")
			.doesNotContain("name=\"deviceName\"");
		String fragment = page(get("/incidents/" + incident.id() + "/remediation").param("kind", "REMOVE_CAUSE")
			.header("HX-Request", "true"));
		assertThat(fragment).contains("id=\"containment-fields\"")
			.doesNotContain("<html")
			.doesNotContain("name=\"targetValue\"")
			.doesNotContain("name=\"deviceName\"");
	}

	@Test
	@DisplayName("GEN-1 RES-3 the refusal to close lists what is open in words, each a link to its page, without codes; the breadcrumb appears once")
	void theClosingRefusalListsLinksInWords() throws Exception {
		IncidentView incident = incident("MALWARE");
		mvc.perform(
				post("/api/v1/incidents/" + incident.id() + "/containment").header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"ISOLATE_DEVICE\",\"deviceName\":\"受付PC\",\"askedWhom\":\"田中\"}"))
			.andExpect(status().isCreated());
		String page = page(post("/incidents/" + incident.id() + "/state").with(csrf())
			.param("version", "0")
			.param("state", "CLOSED"));
		assertThat(page).contains("id=\"closing-refusal\"");
		String refusal = page.substring(page.indexOf("id=\"closing-refusal\""));
		refusal = refusal.substring(0, refusal.indexOf("</div>"));
		assertThat(refusal).contains("href=\"/incidents/" + incident.id() + "/remediation\"", "受付PC", "まだクローズできません")
			.doesNotContain("CONTAINMENT")
			.doesNotContain("ISOLATE_DEVICE")
			.doesNotContain("REQUESTED");
		assertThat(page.split("href=\"/incidents\"", -1)).as("one link back to the incidents")
			.hasSize(2 + navLinks(page));
		String swapped = page(post("/incidents/" + incident.id() + "/state").with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("state", "CLOSED"));
		assertThat(swapped).as("the htmx answer is the incident's body only")
			.contains("id=\"closing-refusal\"")
			.doesNotContain("<header")
			.doesNotContain("href=\"/incidents\"");
	}

	@Test
	@DisplayName("RES-1 the playbook picker lists the playbooks of the incident's category first and preselects the matching one")
	void proposesTheCategorysPlaybook() throws Exception {
		IncidentView incident = incident("RANSOMWARE");
		String page = page(get("/incidents/" + incident.id() + "/response"));
		String picker = page.substring(page.indexOf("id=\"playbook\""),
				page.indexOf("</select>", page.indexOf("id=\"playbook\"")));
		assertThat(picker).containsPattern("<option value=\"RANSOMWARE\" selected=\"selected\"");
		assertThat(picker.indexOf("value=\"RANSOMWARE\"")).isLessThan(picker.indexOf("value=\"DOS\""));
		assertThat(picker.indexOf("id=\"playbooks-suited\"")).isLessThan(picker.indexOf("value=\"RANSOMWARE\""));
		assertThat(picker.indexOf("id=\"playbooks-others\"")).isLessThan(picker.indexOf("value=\"DOS\""))
			.isGreaterThan(picker.indexOf("value=\"RANSOMWARE\""));
	}

	@Test
	@DisplayName("DET-1 GEN-2 an asset has one vendor field, from the directory, and the list's vendor column shows it")
	void anAssetHasOneVendorField() throws Exception {
		String form = page(get("/assets/new"));
		assertThat(form).contains("name=\"vendorId\"").doesNotContain("name=\"maintainingVendor\"");
		String vendorName = "みなと保守 " + UUID.randomUUID().toString().substring(0, 6);
		String vendor = JsonPath.read(mvc
			.perform(
					post("/api/v1/vendors").header("Authorization", accounts.create("forms-admin", Role.ADMIN).bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"" + vendorName + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String asset = "UTM-" + UUID.randomUUID();
		mvc.perform(post("/assets").with(as(handler))
			.with(csrf())
			.param("name", asset)
			.param("kind", "NETWORK_DEVICE")
			.param("vendorId", vendor)).andExpect(status().is3xxRedirection());
		String list = page(get("/assets").param("q", asset));
		assertThat(list.substring(list.indexOf(asset))).contains(vendorName);
	}

	@Test
	@DisplayName("DET-1 GEN-2 the vendor migration links a typed vendor to the directory vendor of that name, registers the missing ones, and loses no text")
	void theMigrationMovesTypedVendorsIntoTheDirectory() {
		UUID org = handler.actor().organisation().value();
		String known = "既存ベンダー " + UUID.randomUUID().toString().substring(0, 6);
		String unknown = "新規ベンダー " + UUID.randomUUID().toString().substring(0, 6);
		UUID knownId = UUID.randomUUID();
		jdbc.sql(
				"INSERT INTO vendor (id, organisation_id, name, active, created_at, version) VALUES (?, ?, ?, TRUE, CURRENT_TIMESTAMP, 0)")
			.params(knownId, org, known)
			.update();
		UUID linked = asset(org, " " + known.toUpperCase() + " ", null);
		UUID created = asset(org, unknown, null);
		UUID createdToo = asset(org, unknown, null);
		UUID both = asset(org, "旧記載 " + unknown, knownId);
		new ResourceDatabasePopulator(
				new ClassPathResource("db/migration/directory/V129__asset_vendor_from_directory.sql"))
			.execute(dataSource);
		assertThat(vendorOf(linked)).isEqualTo(knownId);
		UUID registered = vendorOf(created);
		assertThat(registered).isNotNull().isEqualTo(vendorOf(createdToo)).isNotEqualTo(knownId);
		assertThat(jdbc.sql("SELECT name FROM vendor WHERE id = ?").param(registered).query(String.class).single())
			.isEqualTo(unknown);
		assertThat(vendorOf(both)).isEqualTo(knownId);
		assertThat(jdbc.sql("SELECT description FROM asset WHERE id = ?").param(both).query(String.class).single())
			.contains("旧記載 " + unknown);
	}

	private UUID asset(UUID org, String vendorText, UUID vendorId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO asset (id, organisation_id, name, kind, maintaining_vendor, vendor_id, created_at, version)
				VALUES (?, ?, ?, 'SERVER', ?, ?, CURRENT_TIMESTAMP, 0)""")
			.params(id, org, "移行 " + id, vendorText, vendorId)
			.update();
		return id;
	}

	private UUID vendorOf(UUID asset) {
		return jdbc.sql("SELECT vendor_id FROM asset WHERE id = ?").param(asset).query(UUID.class).single();
	}

	/**
	 * Links to the incident queue that the menu holds (the breadcrumb is counted apart).
	 */
	private static int navLinks(String page) {
		String nav = page.substring(page.indexOf("id=\"main-nav\""),
				page.indexOf("</nav>", page.indexOf("id=\"main-nav\"")));
		return nav.split("href=\"/incidents\"", -1).length - 1;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(handler)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private IncidentView incident(String category) {
		return incidents.open(handler.actor(), NewIncident.of("フォームの確認 " + category, category, Urgency.HIGH, "MINOR"),
				null);
	}

	private String file(String category) throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"%s","channel":"PHONE","summary":"段階的に見せる"}""".formatted(category)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
