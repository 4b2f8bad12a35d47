package jp.hikeshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the API errors no REST controller sees — an unknown path (404), a method the
 * path does not allow (405 with {@code Allow}), an unacceptable {@code Accept} (406), an
 * unsupported {@code Content-Type} (415), an upload over the multipart limit (413) — with
 * the same problem documents as {@link ApiProblems}, instead of Spring's default JSON.
 * Runs before Spring MVC's own resolvers, only for {@code /api/**}; pages keep their HTML
 * errors.
 */
@Component
class ApiFallbackProblems implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiFallbackProblems.class);

	private final ApiProblems problems;

	ApiFallbackProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		return -1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!ProblemBodies.isApi(request) || answeredByControllerAdvice(handler) || response.isCommitted()
				|| ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			return null;
		}
		try {
			ResponseEntity<Object> entity = problems.answer(ex, request);
			ProblemBodies.write(request, response, entity);
			return new ModelAndView();
		}
		catch (Exception failed) {
			log.warn("Could not answer an API error as a problem document", failed);
			return null;
		}
	}

	private static boolean answeredByControllerAdvice(Object handler) {
		return handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
	}

}
