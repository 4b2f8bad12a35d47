package jp.hikeshi.identity;

import static jp.hikeshi.identity.MfaTestSupport.code;
import static jp.hikeshi.identity.MfaTestSupport.safeNow;
import static jp.hikeshi.identity.MfaTestSupport.wrongCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.Users;
import jp.hikeshi.identity.mfa.MfaPolicy;
import jp.hikeshi.identity.mfa.MfaSignIn;
import jp.hikeshi.identity.mfa.MultiFactor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@WebTest
class MfaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts accountService;

	@Autowired
	MultiFactor multiFactor;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("MFA enrolment over the API: secret, otpauth URI and a PNG QR code; a current code confirms it and hands out ten recovery codes")
	void enrolsAnAuthenticatorAndConfirmsItWithACode() throws Exception {
		TestUser u = accounts.create("mfa-enrol", Role.HANDLER);
		Instant now = safeNow();
		String body = mvc.perform(post("/api/v1/me/mfa/totp").header("Authorization", u.bearer()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat((String) JsonPath.read(body, "$.otpauthUri"))
			.startsWith("otpauth://totp/Hikeshi%3A" + u.username() + "?secret=" + secret)
			.contains("issuer=Hikeshi", "period=30", "digits=6");
		String qr = JsonPath.read(body, "$.qr");
		assertThat(qr).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1));
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(jdbc.sql("SELECT secret FROM mfa_totp WHERE user_id = ?")
			.param(u.actor().id())
			.query(String.class)
			.single()).startsWith("aes-gcm:").doesNotContain(secret);

		mvc.perform(post("/api/v1/me/mfa/totp/confirm").header("Authorization", u.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + wrongCode(secret, now) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		String codes = mvc
			.perform(post("/api/v1/me/mfa/totp/confirm").header("Authorization", u.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code(secret, now, -1) + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> recovery = JsonPath.read(codes, "$.recoveryCodes");
		assertThat(recovery).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch(c -> c.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mfa_recovery_code WHERE user_id = ? AND code_hash = ?")
			.params(u.actor().id(), recovery.get(0))
			.query(Long.class)
			.single()).isZero();

		mvc.perform(post("/api/v1/me/mfa/totp").header("Authorization", u.bearer())).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/me/mfa").header("Authorization", u.bearer()))
			.andExpect(jsonPath("$.enrolled").value(true))
			.andExpect(jsonPath("$.recoveryCodesLeft").value(10))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	@DisplayName("MFA sign-in: after the password a code is asked, other pages wait, a wrong code is refused and a used code is not accepted again")
	void asksForACodeAfterThePasswordAndRefusesWrongAndReplayedCodes() throws Exception {
		TestUser u = accounts.create("mfa-signin", Role.HANDLER);
		Instant now = safeNow();
		String secret = enrol(u, now);

		MockHttpSession session = password(u);
		mvc.perform(get("/reports").session(session)).andExpect(redirectedUrl(MfaSignIn.PAGE));
		mvc.perform(get(MfaSignIn.PAGE).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("確認コード")));
		mvc.perform(post(MfaSignIn.PAGE).session(session).with(csrf()).param("code", wrongCode(secret, now)))
			.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		mvc.perform(get("/reports").session(session)).andExpect(redirectedUrl(MfaSignIn.PAGE));

		mvc.perform(post(MfaSignIn.PAGE).session(session).with(csrf()).param("code", code(secret, now, 0)))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/reports").session(session)).andExpect(status().isOk());

		MockHttpSession again = password(u);
		mvc.perform(post(MfaSignIn.PAGE).session(again).with(csrf()).param("code", code(secret, now, 0)))
			.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		mvc.perform(post(MfaSignIn.PAGE).session(again).with(csrf()).param("code", code(secret, now, -1)))
			.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		mvc.perform(post(MfaSignIn.PAGE).session(again).with(csrf()).param("code", code(secret, now, 1)))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("MFA a recovery code signs in once; the same code a second time is refused")
	void acceptsEachRecoveryCodeOnce() throws Exception {
		TestUser u = accounts.create("mfa-recovery", Role.REPORTER);
		Instant now = safeNow();
		String secret = multiFactor.enrol(u.actor()).secret();
		List<String> recovery = multiFactor.confirm(u.actor(), code(secret, now, 0));

		MockHttpSession session = password(u);
		mvc.perform(post(MfaSignIn.PAGE + "/recovery").session(session)
			.with(csrf())
			.param("recoveryCode", recovery.get(3).toUpperCase().replace("-", " "))).andExpect(redirectedUrl("/"));
		assertThat(multiFactor.status(u.actor()).recoveryCodesLeft()).isEqualTo(9);

		MockHttpSession again = password(u);
		mvc.perform(
				post(MfaSignIn.PAGE + "/recovery").session(again).with(csrf()).param("recoveryCode", recovery.get(3)))
			.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		awaitAudit("MFA_RECOVERY_CODE_USED", u.username());
	}

	@Test
	@DisplayName("MFA five wrong codes lock the account as five wrong passwords do")
	void locksTheAccountAfterFiveWrongCodes() throws Exception {
		TestUser u = accounts.create("mfa-lock", Role.HANDLER);
		Instant now = safeNow();
		String secret = enrol(u, now);
		MockHttpSession session = password(u);
		for (int i = 0; i < 4; i++) {
			mvc.perform(post(MfaSignIn.PAGE).session(session).with(csrf()).param("code", wrongCode(secret, now)))
				.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		}
		mvc.perform(post(MfaSignIn.PAGE).session(session).with(csrf()).param("code", wrongCode(secret, now)))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(users.findById(u.actor().id()).orElseThrow().isLockedAt(Instant.now())).isTrue();
		mvc.perform(formLogin("/login").user(u.username()).password(u.password()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	@DisplayName("MFA required for chosen roles and for vendors: such a user without an authenticator enrols right after the password and can do nothing else first")
	void sendsUsersOfRequiredRolesToEnrolmentFirst() throws Exception {
		TestUser vendor = MfaTestSupport.userOfOrganisation(jdbc, accountService, multiFactor,
				new MfaPolicy(EnumSet.of(Role.ADMIN, Role.HANDLER, Role.VENDOR), 0), Role.VENDOR);
		TestUser reporter = MfaTestSupport.create(accountService, adminOf(vendor), Role.REPORTER);
		mvc.perform(formLogin("/login").user(reporter.username()).password(reporter.password()))
			.andExpect(redirectedUrl("/"));

		MockHttpSession session = password(vendor);
		mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl(MfaSignIn.PAGE));
		mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl(MfaSignIn.PAGE));
		String page = mvc.perform(get(MfaSignIn.PAGE).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("id=\"mfa-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
		assertThat(secret.find()).isTrue();
		Instant now = safeNow();
		mvc.perform(post(MfaSignIn.PAGE + "/enrol").session(session)
			.with(csrf())
			.param("code", wrongCode(secret.group(1).replace(" ", ""), now)))
			.andExpect(redirectedUrl(MfaSignIn.PAGE + "?error"));
		String shown = mvc
			.perform(post(MfaSignIn.PAGE + "/enrol").session(session)
				.with(csrf())
				.param("code", code(secret.group(1).replace(" ", ""), now, 0)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("<li>[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}</li>")
			.matcher(shown)
			.results()
			.count()).isEqualTo(10);
		mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl(MfaSignIn.PAGE));
		mvc.perform(post(MfaSignIn.PAGE + "/continue").session(session).with(csrf())).andExpect(redirectedUrl("/"));
		mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
		assertThat(multiFactor.enrolled(vendor.actor().id())).isTrue();
		mvc.perform(delete("/api/v1/me/mfa/totp").header("Authorization", vendor.bearer()))
			.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("MFA an administrator resets a lost device's second factor; the reset is audited and the user signs in with the password again")
	void anAdministratorResetsASecondFactorAndTheResetIsAudited() throws Exception {
		TestUser u = accounts.create("mfa-lost", Role.HANDLER);
		TestUser admin = accounts.create("mfa-admin", Role.ADMIN);
		TestUser handler = accounts.create("mfa-notadmin", Role.HANDLER);
		enrol(u, safeNow());
		mvc.perform(formLogin("/login").user(u.username()).password(u.password()))
			.andExpect(redirectedUrl(MfaSignIn.PAGE));

		mvc.perform(post("/api/v1/users/" + u.actor().id() + "/mfa/reset").header("Authorization", handler.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/" + u.actor().id() + "/mfa/reset").header("Authorization", admin.bearer()))
			.andExpect(status().isNoContent());
		assertThat(multiFactor.enrolled(u.actor().id())).isFalse();
		awaitAudit("MFA_RESET", u.username());
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'MFA_RESET' AND object_id = ?")
			.param(u.username())
			.query(String.class)
			.single()).isEqualTo(admin.username());
		mvc.perform(formLogin("/login").user(u.username()).password(u.password())).andExpect(redirectedUrl("/"));

		TestUser stranger = MfaTestSupport.userOfOrganisation(jdbc, accountService, multiFactor, MfaPolicy.NONE,
				Role.HANDLER);
		mvc.perform(
				post("/api/v1/users/" + stranger.actor().id() + "/mfa/reset").header("Authorization", admin.bearer()))
			.andExpect(status().isNotFound());

		enrol(u, safeNow());
		mvc.perform(get("/admin/users/" + u.actor().id()).with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("多要素認証をリセット")));
		mvc.perform(post("/admin/users/" + u.actor().id() + "/mfa/reset").with(PageAuth.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + u.actor().id()));
		assertThat(multiFactor.enrolled(u.actor().id())).isFalse();
	}

	@Test
	@DisplayName("MFA a remembered device skips the code for the organisation's days, is stored only as a hash, and is forgotten on request")
	void remembersADeviceWhenTheOrganisationAllowsIt() throws Exception {
		TestUser u = MfaTestSupport.userOfOrganisation(jdbc, accountService, multiFactor, new MfaPolicy(Set.of(), 7),
				Role.HANDLER);
		Instant now = safeNow();
		String secret = enrol(u, now);
		MockHttpSession session = password(u);
		mvc.perform(get(MfaSignIn.PAGE).session(session)).andExpect(content().string(containsString("この端末を 7 日間記憶する")));
		MvcResult signedIn = mvc
			.perform(post(MfaSignIn.PAGE).session(session)
				.with(csrf())
				.param("code", code(secret, now, 0))
				.param("remember", "true"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie device = signedIn.getResponse().getCookie(MfaSignIn.DEVICE_COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getMaxAge()).isEqualTo((int) Duration.ofDays(7).toSeconds());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mfa_remembered_device WHERE token_hash = ?")
			.param(device.getValue())
			.query(Long.class)
			.single()).isZero();

		mvc.perform(signIn(u).cookie(device)).andExpect(redirectedUrl("/"));
		TestUser other = MfaTestSupport.create(accountService, adminOf(u), Role.HANDLER);
		enrol(other, now);
		mvc.perform(signIn(other).cookie(device)).andExpect(redirectedUrl(MfaSignIn.PAGE));

		multiFactor.forgetDevices(u.actor());
		mvc.perform(signIn(u).cookie(device)).andExpect(redirectedUrl(MfaSignIn.PAGE));
	}

	@Test
	@DisplayName("MFA API tokens are a separate credential: a user with a second factor keeps using the API with a token")
	void leavesApiTokensAlone() throws Exception {
		TestUser u = accounts.create("mfa-token", Role.HANDLER);
		enrol(u, safeNow());
		mvc.perform(get("/api/v1/reports").header("Authorization", u.bearer())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/tokens").header("Authorization", u.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"siem\"}")).andExpect(status().isCreated());
	}

	@Test
	@DisplayName("MFA the password alone (HTTP Basic) issues no API token to a user with a second factor, nor to one who must have it")
	void refusesToIssueATokenAgainstThePasswordAloneWhenASecondFactorIsDue() throws Exception {
		TestUser enrolled = accounts.create("mfa-basic", Role.HANDLER);
		enrol(enrolled, safeNow());
		TestUser plain = accounts.create("mfa-basic-none", Role.HANDLER);
		TestUser required = MfaTestSupport.userOfOrganisation(jdbc, accountService, multiFactor,
				new MfaPolicy(EnumSet.of(Role.HANDLER), 0), Role.HANDLER);
		for (TestUser refused : List.of(enrolled, required)) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(refused.username(), refused.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\"}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(post("/api/v1/tokens").with(httpBasic(plain.username(), plain.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\"}")).andExpect(status().isCreated());
	}

	@Test
	@DisplayName("MFA the policy remembers a device for 30 days at most and is changed by administrators only")
	void limitsTheRememberedDaysAndTheWhoChangesThePolicy() throws Exception {
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new MfaPolicy(Set.of(), 31)))
			.isInstanceOf(IllegalArgumentException.class);
		TestUser handler = accounts.create("mfa-policy", Role.HANDLER);
		mvc.perform(get("/admin/mfa").with(PageAuth.as(handler))).andExpect(status().isForbidden());
		TestUser admin = MfaTestSupport.userOfOrganisation(jdbc, accountService, multiFactor, MfaPolicy.NONE,
				Role.ADMIN);
		mvc.perform(post("/admin/mfa").with(PageAuth.as(admin))
			.with(csrf())
			.param("roles", "HANDLER", "VENDOR")
			.param("rememberDays", "31")).andExpect(redirectedUrl("/admin/mfa"));
		assertThat(multiFactor.policy(admin.actor().organisation())).isEqualTo(MfaPolicy.NONE);
		mvc.perform(post("/admin/mfa").with(PageAuth.as(admin))
			.with(csrf())
			.param("roles", "HANDLER", "VENDOR")
			.param("rememberDays", "14")).andExpect(redirectedUrl("/admin/mfa"));
		assertThat(multiFactor.policy(admin.actor().organisation()))
			.isEqualTo(new MfaPolicy(EnumSet.of(Role.HANDLER, Role.VENDOR), 14));
		mvc.perform(get("/admin/mfa").with(PageAuth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("多要素認証の方針")));
		awaitAudit("MFA_POLICY_CHANGED", admin.actor().organisation().value().toString());
	}

	@Test
	@DisplayName("MFA the profile page starts an enrolment, shows the QR code and key, and after a code shows the recovery codes once")
	void enrolsOnTheProfilePage() throws Exception {
		TestUser u = accounts.create("mfa-profile", Role.REPORTER);
		mvc.perform(get("/profile").with(PageAuth.as(u))).andExpect(content().string(containsString("認証アプリを設定する")));
		mvc.perform(post("/profile/mfa/totp").with(PageAuth.as(u)).with(csrf()))
			.andExpect(redirectedUrl("/profile#mfa"));
		String page = mvc.perform(get("/profile").with(PageAuth.as(u)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("id=\"mfa-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(page).contains("id=\"mfa-qr\" src=\"data:image/png;base64,");
		MvcResult confirmed = mvc
			.perform(post("/profile/mfa/totp/confirm").with(PageAuth.as(u))
				.with(csrf())
				.param("code", code(secret.group(1).replace(" ", ""), safeNow(), 0)))
			.andExpect(redirectedUrl("/profile#mfa"))
			.andReturn();
		assertThat((List<?>) confirmed.getFlashMap().get("recoveryCodes")).hasSize(10);
		mvc.perform(get("/profile").with(PageAuth.as(u)))
			.andExpect(content().string(not(containsString("mfa-secret"))))
			.andExpect(content().string(containsString("残りの回復コード：10 個")));
		awaitAudit("MFA_ENROLLED", u.username());
	}

	private String enrol(TestUser u, Instant now) {
		String secret = multiFactor.enrol(u.actor()).secret();
		multiFactor.confirm(u.actor(), code(secret, now, -1));
		return secret;
	}

	private MockHttpSession password(TestUser u) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(u.username()).password(u.password()))
			.andExpect(redirectedUrl(MfaSignIn.PAGE))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(TestUser u) {
		return post("/login").param("username", u.username()).param("password", u.password()).with(csrf());
	}

	private static Actor adminOf(TestUser u) {
		return new Actor(java.util.UUID.randomUUID(), "mfa-setup", "mfa-setup", u.actor().organisation(),
				EnumSet.of(Role.ADMIN), java.util.Locale.JAPANESE);
	}

	private void awaitAudit(String action, String objectId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?")
				.params(action, objectId)
				.query(Long.class)
				.single() > 0);
	}

}
