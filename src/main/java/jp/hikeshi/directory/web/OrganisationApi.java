package jp.hikeshi.directory.web;

import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.directory.OrganisationSettings.Settings;
import jp.hikeshi.identity.Actors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisation's settings over REST; only administrators change them. */
@RestController
@RequestMapping("/api/v1/organisation")
@Tag(name = "organisation", description = "Organisation settings / 組織の設定")
class OrganisationApi {

	private final OrganisationSettings settings;

	private final Actors actors;

	OrganisationApi(OrganisationSettings settings, Actors actors) {
		this.settings = settings;
		this.actors = actors;
	}

	@GetMapping
	Settings get() {
		return settings.get(actors.current().organisation());
	}

	@PutMapping
	@Operation(
			summary = "Change the name and whether the organisation is a public body (行政機関等: APPI thresholds differ)")
	Settings put(@RequestBody Settings body) {
		return settings.change(actors.current(), body);
	}

}
