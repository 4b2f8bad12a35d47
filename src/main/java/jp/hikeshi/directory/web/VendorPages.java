package jp.hikeshi.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
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
 * The vendor pages: the list, and each vendor with its people and the assets it
 * maintains.
 */
@Controller
@RequestMapping("/vendors")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class VendorPages {

	private final VendorDirectory vendors;

	private final AssetCatalog assets;

	private final People people;

	private final Actors actors;

	private final Validator validator;

	VendorPages(VendorDirectory vendors, AssetCatalog assets, People people, Actors actors, Validator validator) {
		this.vendors = vendors;
		this.assets = assets;
		this.people = people;
		this.actors = actors;
		this.validator = validator;
	}

	/**
	 * Accounts a vendor person can be linked to: usually VENDOR users, but any user of
	 * the organisation may be.
	 */
	@ModelAttribute("users")
	List<Person> users() {
		return actors.find().map(a -> people.withAnyRole(a.organisation(), Role.values())).orElse(List.of());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("vendors", vendors.all(actors.current().organisation()));
		return "directory/vendors";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String newVendor(Model model) {
		model.addAttribute("vendorForm", VendorForm.blank());
		return "directory/vendor";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String create(@ModelAttribute("vendorForm") VendorForm form, BindingResult result, RedirectAttributes redirect) {
		return FormChecks.submit(validator, form.input(), result, form::formPath, "directory/vendor", () -> {
			VendorView created = vendors.register(actors.current(), form.input());
			redirect.addFlashAttribute("flash", "directory.vendor.saved");
			return "redirect:/vendors/" + created.id();
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		VendorView vendor = load(id, model);
		model.addAttribute("vendorForm", VendorForm.of(vendor));
		return "directory/vendor";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String update(@PathVariable UUID id, @ModelAttribute("vendorForm") VendorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		load(id, model);
		return FormChecks.submit(validator, form.input(), result, form::formPath, "directory/vendor", () -> {
			vendors.describe(actors.current(), id, form.input(), form.getVersion());
			redirect.addFlashAttribute("flash", "directory.vendor.saved");
			return "redirect:/vendors/" + id;
		});
	}

	private VendorView load(UUID id, Model model) {
		var organisation = actors.current().organisation();
		VendorView vendor = vendors.view(organisation, id).orElseThrow(() -> new NotFoundException("vendor", id));
		model.addAttribute("vendor", vendor);
		model.addAttribute("maintained", assets.maintainedBy(organisation, id));
		return vendor;
	}

}
