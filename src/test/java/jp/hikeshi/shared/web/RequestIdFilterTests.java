package jp.hikeshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTests {

	@Test
	void putsTheCallersIdInTheLogContextWhileTheRequestIsServedOnly() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/reports");
		request.addHeader("X-Request-Id", "gateway-7f3a9c");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();
		AtomicReference<String> instance = new AtomicReference<>();

		new RequestIdFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) {
				logged.set(MDC.get("requestId"));
				instance.set(RequestIds.instance(req.getRequestURI()).toString());
			}
		}));

		assertThat(logged.get()).isEqualTo("gateway-7f3a9c");
		assertThat(instance.get()).isEqualTo("/api/v1/reports#gateway-7f3a9c");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("gateway-7f3a9c");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void makesUpAnIdWhenTheCallersCouldForgeLogLines() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("X-Request-Id", "ok\r\n2026-12-03 INFO forged");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new RequestIdFilter().doFilter(request, response, new MockFilterChain());

		assertThat(response.getHeader("X-Request-Id"))
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(RequestIds.accept("short")).isNotEqualTo("short");
		assertThat(RequestIds.accept("a".repeat(65))).hasSize(36);
	}

}
