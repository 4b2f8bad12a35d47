package jp.hikeshi.directory.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.identity.Actors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Event categories (DET-3) over REST; administrators add or change them. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "categories", description = "Event categories / 事象分類")
class CategoryApi {

	private final Categories categories;

	private final Actors actors;

	CategoryApi(Categories categories, Actors actors) {
		this.categories = categories;
		this.actors = actors;
	}

	record CategoryInput(@NotBlank @Size(max = 100) String nameJa, @NotBlank @Size(max = 100) String nameEn,
			@Size(max = 200) String rsit, Boolean active, Integer sortOrder) {
	}

	@GetMapping
	List<Category> list() {
		return categories.all(actors.current().organisation());
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Category put(@PathVariable String code, @Validated @RequestBody CategoryInput input) {
		return categories.save(actors.current(), new Category(code, input.nameJa(), input.nameEn(), input.rsit(),
				input.active() == null || input.active(), input.sortOrder() == null ? 500 : input.sortOrder()));
	}

}
