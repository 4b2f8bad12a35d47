package jp.hikeshi.reporting;

/**
 * A rule of the APPI or the Number Act that decides reporting; its message key explains
 * it to the user.
 */
public enum AppiRule {

	/** Rule art. 7(1): sensitive personal information, any number of persons. */
	SENSITIVE,
	/**
	 * Rule art. 7(2): data whose misuse could cause financial damage, any number of
	 * persons.
	 */
	FINANCIAL,
	/** Rule art. 7(3): a possible unauthorised purpose, any number of persons. */
	UNAUTHORISED_PURPOSE,
	/** Rule art. 7(4): more than 1,000 persons (private business). */
	OVER_1000_PERSONS,
	/** Art. 7(4) for public bodies (行政機関等): more than 100 persons. */
	PUBLIC_BODY_OVER_100_PERSONS,
	/** Number Act art. 29-4: My Number data of more than 100 persons. */
	MY_NUMBER_OVER_100_PERSONS,
	/**
	 * Number Act art. 29-4: My Number data leaked or misused for an unauthorised purpose.
	 */
	MY_NUMBER_UNAUTHORISED_PURPOSE,
	/** The data was protected by strong encryption: exempt. */
	ENCRYPTED_EXEMPT,
	/** No personal information is involved. */
	NO_PERSONAL_INFORMATION,
	/** Personal information is involved but no threshold is reached. */
	BELOW_THRESHOLDS,
	/**
	 * A contractor (委託先) is released from the PPC reports by promptly notifying its
	 * principal (委託元).
	 */
	CONTRACTOR_RELEASED_BY_NOTICE,
	/**
	 * The notice to the persons concerned is the principal's (委託元) to give, not the
	 * contractor's.
	 */
	PRINCIPAL_GIVES_NOTICE,
	/** Principal and contractor file the PPC report jointly (連名). */
	JOINT_REPORT;

	public String messageKey() {
		return "reporting.rule." + name();
	}

}
