package jp.hikeshi.directory.web;

import java.util.List;
import java.util.Map;

import jp.hikeshi.directory.Activity;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.identity.Actors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The role plan (GEN-2) over REST: read it whole, replace it whole. */
@RestController
@RequestMapping("/api/v1/role-plan")
@Tag(name = "role plan", description = "Role plan / 体制・役割分担 (GEN-2)")
class RolePlanApi {

	private final RolePlanBook book;

	private final Actors actors;

	RolePlanApi(RolePlanBook book, Actors actors) {
		this.book = book;
		this.actors = actors;
	}

	/**
	 * The plan as the API shows it: roles with their people, the R/A/C/I matrix, its
	 * version and the activities.
	 */
	record RolePlanDocument(List<RoleDocument> roles, Map<String, Map<String, String>> matrix, long version,
			List<ActivityDocument> activities) {

		static RolePlanDocument of(RolePlanView plan) {
			return new RolePlanDocument(
					plan.roles()
						.stream()
						.map(r -> new RoleDocument(r.code(), r.name().ja(), r.name().en(), r.sortOrder(),
								RolePlanBook.DEFAULT_CODES.contains(r.code()), r.primary(), r.deputies()))
						.toList(),
					plan.matrix(), plan.version(),
					Activity.ALL.stream()
						.map(a -> new ActivityDocument(a.id(), a.name().ja(), a.name().en()))
						.toList());
		}
	}

	record RoleDocument(String code, String nameJa, String nameEn, int sortOrder, boolean builtin, Assignee primary,
			List<Assignee> deputies) {
	}

	record ActivityDocument(String id, String nameJa, String nameEn) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
	@Operation(
			summary = "The role plan: roles with primary and deputies (users or vendors), and the activity × role R/A/C/I matrix")
	RolePlanDocument get() {
		return RolePlanDocument.of(book.plan(actors.current().organisation()));
	}

	@PutMapping
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Replace the role plan; roles left out are retired (default roles cannot be); "
			+ "send the version read in the body or in If-Match to avoid overwriting another change")
	RolePlanDocument replace(@RequestBody RolePlanInput input,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		RolePlanInput versioned = input.version() != null ? input
				: new RolePlanInput(input.roles(), input.matrix(), AssetApi.version(ifMatch));
		return RolePlanDocument.of(book.replace(actors.current(), versioned));
	}

}
