package jp.hikeshi.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The asset inventory pages. */
@Controller
@RequestMapping("/assets")
class AssetPages {

	private final AssetCatalog catalog;

	private final Vendors vendors;

	private final Actors actors;

	private final Validator validator;

	AssetPages(AssetCatalog catalog, Vendors vendors, Actors actors, Validator validator) {
		this.catalog = catalog;
		this.vendors = vendors;
		this.actors = actors;
		this.validator = validator;
	}

	@ModelAttribute("vendors")
	List<VendorRef> vendors() {
		return actors.find().map(a -> vendors.list(a.organisation())).orElse(List.of());
	}

	@ModelAttribute("kinds")
	AssetKind[] kinds() {
		return AssetKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssetKind kind,
			@RequestParam(defaultValue = "false") boolean includeRetired, @RequestParam(required = false) Integer page,
			HtmxRequest htmx, Model model) {
		model.addAttribute("assets", catalog.page(actors.current().organisation(), q, kind, includeRetired,
				PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("includeRetired", includeRetired);
		return htmx.isHtmxRequest() ? "directory/assets :: results" : "directory/assets";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String newAsset(Model model) {
		model.addAttribute("assetForm", new AssetForm());
		return "directory/asset-form";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String create(@ModelAttribute("assetForm") AssetForm form, BindingResult result, RedirectAttributes redirect) {
		AssetInput input = form.input();
		if (!FormChecks.valid(validator, input, result)) {
			return "directory/asset-form";
		}
		AssetView created = catalog.register(actors.current(), input);
		redirect.addFlashAttribute("flash", "asset.created");
		return "redirect:/assets/" + created.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		AssetView asset = load(id);
		model.addAttribute("asset", asset);
		model.addAttribute("assetForm", AssetForm.of(asset));
		return "directory/asset";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String update(@PathVariable UUID id, @ModelAttribute("assetForm") AssetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AssetInput input = form.input();
		if (!FormChecks.valid(validator, input, result)) {
			model.addAttribute("asset", load(id));
			return "directory/asset";
		}
		catalog.describe(actors.current(), id, input, form.getVersion());
		redirect.addFlashAttribute("flash", "asset.updated");
		return "redirect:/assets/" + id;
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String retire(@PathVariable UUID id, RedirectAttributes redirect) {
		catalog.retire(actors.current(), id);
		redirect.addFlashAttribute("flash", "asset.retiredFlash");
		return "redirect:/assets/" + id;
	}

	private AssetView load(UUID id) {
		return catalog.find(actors.current().organisation(), id).orElseThrow(() -> new NotFoundException("asset", id));
	}

}
