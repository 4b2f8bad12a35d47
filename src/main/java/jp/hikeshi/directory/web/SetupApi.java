package jp.hikeshi.directory.web;

import jp.hikeshi.directory.SetupAnswers;
import jp.hikeshi.directory.SetupState;
import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.identity.Actors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The first-run set-up (GEN-2) over REST, for administrators. */
@RestController
@RequestMapping("/api/v1/setup")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "setup", description = "First-run set-up / 初期設定 (GEN-2)")
class SetupApi {

	private final SetupWizard wizard;

	private final Actors actors;

	SetupApi(SetupWizard wizard, Actors actors) {
		this.wizard = wizard;
		this.actors = actors;
	}

	@GetMapping
	@Operation(
			summary = "The answers so far (never passwords), the steps answered, and whether the set-up was completed or skipped")
	SetupState get() {
		return wizard.state(actors.current().organisation());
	}

	@PutMapping
	@Operation(
			summary = "Answer all steps or some (sections left out stay); idempotent: people are matched by username, "
					+ "the vendor by name. Once every required step is answered the role plan is staffed and the set-up completed")
	SetupState put(@RequestBody SetupAnswers answers) {
		return wizard.answerAndComplete(actors.current(), answers);
	}

	@PostMapping("/skip")
	@Operation(summary = "Skip the set-up: administrators are no longer sent to it after signing in")
	SetupState skip() {
		return wizard.skip(actors.current());
	}

}
