package jp.hikeshi.directory;

/**
 * What kind of body the organisation is; a public body (行政機関等) is held to the APPI
 * thresholds for public bodies.
 */
public enum OrganisationKind {

	PRIVATE_COMPANY, PUBLIC_BODY, MEDICAL, SCHOOL

}
