package jp.hikeshi.remediation;

/** The three kinds of first aid the flow names (RES-3). */
public enum ContainmentKind {

	/** Ask the reporter or a named person to take an infected device off the network. */
	ISOLATE_DEVICE,
	/** Filter or block something on the network, the mail gateway or the endpoint. */
	FILTER_BLOCK,
	/** Remove or fix the cause of the incident. */
	REMOVE_CAUSE

}
