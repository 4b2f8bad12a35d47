package jp.hikeshi.directory.web;

import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.OutsideBody;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outside bodies pages: the list with every detail, and the form for one body's
 * numbers and notes.
 */
@Controller
@RequestMapping("/outside-bodies")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class OutsideBodyPages {

	private final OutsideBodies bodies;

	private final Actors actors;

	private final Validator validator;

	OutsideBodyPages(OutsideBodies bodies, Actors actors, Validator validator) {
		this.bodies = bodies;
		this.actors = actors;
		this.validator = validator;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("bodies", bodies.all(actors.current().organisation()));
		return "directory/outside-bodies";
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String edit(@PathVariable String code, Model model) {
		OutsideBody body = load(code);
		model.addAttribute("body", body);
		model.addAttribute("bodyForm", OutsideBodyForm.of(body));
		return "directory/outside-body";
	}

	@PostMapping("/{code}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String save(@PathVariable String code, @ModelAttribute("bodyForm") OutsideBodyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("body", load(code));
		return FormChecks.submit(validator, form.input(), result, UnaryOperator.identity(), "directory/outside-body",
				() -> {
					bodies.save(actors.current(), code, form.input());
					redirect.addFlashAttribute("flash", "directory.body.saved");
					return "redirect:/outside-bodies";
				});
	}

	private OutsideBody load(String code) {
		return bodies.find(actors.current().organisation(), code)
			.orElseThrow(() -> new NotFoundException("outside body", code));
	}

}
