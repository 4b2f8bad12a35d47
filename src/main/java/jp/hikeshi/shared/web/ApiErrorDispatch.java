package jp.hikeshi.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort: an error that reaches the container's error page (an exception in a
 * filter, an error the servlet container raises itself) is still answered as a problem
 * document when the original request was for {@code /api/**}. Pages keep Spring Boot's
 * error page (templates/error.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDispatch {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages) {
		return new ProblemAwareErrorController(attributes, web, resolvers.orderedStream().toList(), messages);
	}

	static final class ProblemAwareErrorController extends BasicErrorController {

		private final MessageSource messages;

		private final HikeshiLocaleResolver locales = new HikeshiLocaleResolver();

		ProblemAwareErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers,
				MessageSource messages) {
			super(attributes, web.getError(), resolvers);
			this.messages = messages;
		}

		@Override
		public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
			if (!forApi(request)) {
				return super.errorHtml(request, response);
			}
			try {
				ProblemBodies.write(request, response, problem(request));
			}
			catch (IOException ex) {
				// the client has gone; nothing more to say
			}
			return null;
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			if (!forApi(request)) {
				return super.error(request);
			}
			ResponseEntity<Object> problem = problem(request);
			Map<String, Object> body = ProblemBodies.members((ProblemDetail) problem.getBody(), request);
			return (ResponseEntity) ResponseEntity.status(problem.getStatusCode())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(body);
		}

		private ResponseEntity<Object> problem(HttpServletRequest request) {
			HttpStatus status = getStatus(request);
			if (status == HttpStatus.OK) {
				status = HttpStatus.INTERNAL_SERVER_ERROR;
			}
			ProblemDetail detail = ProblemDetail.forStatus(status);
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri != null) {
				// the request id filter runs on the error dispatch as well, so the id is
				// the original request's
				detail.setInstance(RequestIds.instance(uri.toString()));
			}
			ProblemBodies.localise(detail, messages, locales.resolveLocale(apiRequest(request)));
			return ResponseEntity.status(status).body(detail);
		}

		private static boolean forApi(HttpServletRequest request) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
		}

		/**
		 * The error request as the locale resolver should see it: with the original (API)
		 * URI.
		 */
		private static HttpServletRequest apiRequest(HttpServletRequest request) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
				@Override
				public String getRequestURI() {
					return uri.toString();
				}
			};
		}

	}

}
