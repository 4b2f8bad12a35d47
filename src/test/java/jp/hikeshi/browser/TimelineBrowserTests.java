package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.jayway.jsonpath.JsonPath;

class TimelineBrowserTests extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("GEN-1 the incident page's handling log reads in Japanese only, then in English only, with local human times")
	void showsTheHandlingLogInOneLanguage() throws Exception {
		TestUser handler = accounts.create("tl-browser", Role.HANDLER);
		String id = JsonPath.read(call(handler, "POST", "/api/v1/incidents",
				"{\"title\":\"ランサムウェア感染の疑い\",\"category\":\"MALWARE\",\"urgency\":\"HIGH\",\"severity\":\"SIGNIFICANT\"}"),
				"$.id");
		call(handler, "PATCH", "/api/v1/incidents/" + id,
				"{\"version\":0,\"containedAt\":\"2026-12-03T09:31:16.947814Z\",\"processes\":{\"RESPONSE\":\"IN_PROGRESS\"}}");
		call(handler, "POST", "/api/v1/incidents/" + id + "/timeline", "{\"kind\":\"LOG\",\"text\":\"経営層へ第一報を送付\"}");

		BrowserSupport.signIn(browser, base(), handler.username(), handler.password());
		browser.get(base() + "/incidents/" + id + "?lang=ja");
		String japanese = browser.findElement(By.id("log-timeline")).getText();
		scrollTo("timeline-form");
		BrowserSupport.screenshot(browser, "timeline-ja");
		assertThat(japanese).contains("封じ込め日時を 2026年12月3日 18:31 に設定", "経営層へ第一報を送付")
			.doesNotContain("containedAt")
			.doesNotContain("Time of containment");

		browser.get(base() + "/incidents/" + id + "?lang=en");
		String english = browser.findElement(By.id("log-timeline")).getText();
		scrollTo("timeline-form");
		BrowserSupport.screenshot(browser, "timeline-en");
		assertThat(english).contains("Time of containment set to 3 Dec 2026, 18:31", "経営層へ第一報を送付")
			.doesNotContain("封じ込め日時を")
			.doesNotContain("containedAt");
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
	}

	private String call(TestUser user, String method, String path, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", user.bearer())
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return response.body();
	}

}
