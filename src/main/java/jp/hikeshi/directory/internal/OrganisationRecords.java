package jp.hikeshi.directory.internal;

import jp.hikeshi.directory.OrganisationKind;
import jp.hikeshi.directory.OrganisationSettings.Profile;
import jp.hikeshi.directory.OrganisationSettings.Settings;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored row of each organisation: its names, its kind and the public-body switch.
 */
@Component
public class OrganisationRecords {

	private final JdbcClient jdbc;

	OrganisationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings settings(OrganisationId organisation) {
		return jdbc.sql("SELECT name, public_body FROM organisation WHERE id = ?")
			.param(organisation.value())
			.query((rs, n) -> new Settings(rs.getString("name"), rs.getBoolean("public_body")))
			.single();
	}

	/**
	 * Stores name and switch; the kind follows the switch: a public body, or no longer
	 * one.
	 */
	public void change(OrganisationId organisation, String name, boolean publicBody) {
		jdbc.sql("""
				UPDATE organisation SET name = ?, public_body = ?,
				  kind = CASE WHEN ? THEN 'PUBLIC_BODY' WHEN kind = 'PUBLIC_BODY' THEN NULL ELSE kind END
				WHERE id = ?""").params(name, publicBody, publicBody, organisation.value()).update();
	}

	public Profile profile(OrganisationId organisation) {
		return jdbc.sql("SELECT name, name_en, kind, public_body FROM organisation WHERE id = ?")
			.param(organisation.value())
			.query((rs, n) -> new Profile(rs.getString("name"), rs.getString("name_en"),
					rs.getString("kind") != null ? OrganisationKind.valueOf(rs.getString("kind"))
							: rs.getBoolean("public_body") ? OrganisationKind.PUBLIC_BODY : null))
			.single();
	}

	/** Stores both names and the kind, with the public-body switch the kind implies. */
	public void describe(OrganisationId organisation, Profile profile) {
		jdbc.sql("UPDATE organisation SET name = ?, name_en = ?, kind = ?, public_body = ? WHERE id = ?")
			.params(profile.nameJa(), profile.nameEn(), profile.kind().name(), profile.publicBody(),
					organisation.value())
			.update();
	}

}
