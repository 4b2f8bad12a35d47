package jp.hikeshi.directory.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.shared.CurrentOrganisation;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page the event categories' names in the page's language. REST controllers
 * are controllers too but render no model, so they are skipped (one query less per API
 * call).
 */
@ControllerAdvice(annotations = Controller.class)
class CategoryNamesAdvice {

	private final Categories categories;

	private final CurrentOrganisation organisation;

	CategoryNamesAdvice(Categories categories, CurrentOrganisation organisation) {
		this.categories = categories;
		this.organisation = organisation;
	}

	@ModelAttribute("categoryNames")
	Map<String, String> categoryNames(Locale locale, HttpServletRequest request) {
		Map<String, String> names = new LinkedHashMap<>();
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
						|| handler.hasMethodAnnotation(ResponseBody.class))) {
			return names;
		}
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
			categories.all(organisation.get()).forEach(c -> names.put(c.code(), c.name(locale)));
		}
		return names;
	}

}
