package jp.hikeshi.directory.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.shared.CurrentOrganisation;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the event categories' names in the page's language. */
@ControllerAdvice(annotations = Controller.class)
class CategoryNamesAdvice {

	private final Categories categories;
	private final CurrentOrganisation organisation;

	CategoryNamesAdvice(Categories categories, CurrentOrganisation organisation) {
		this.categories = categories;
		this.organisation = organisation;
	}

	@ModelAttribute("categoryNames")
	Map<String, String> categoryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
			categories.all(organisation.get()).forEach(c -> names.put(c.code(), c.name(locale)));
		}
		return names;
	}
}
