package jp.hikeshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives templates the path and query of the page being shown (Thymeleaf 3.1 no longer
 * exposes the request).
 */
@ControllerAdvice(annotations = Controller.class)
class RequestInfoAdvice {

	@ModelAttribute("currentUri")
	String currentUri(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return query == null ? path : path + "?" + query;
	}

}
