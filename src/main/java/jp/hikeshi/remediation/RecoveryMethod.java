package jp.hikeshi.remediation;

/** How a system or service is brought back. */
public enum RecoveryMethod {

	RESTORE_FROM_BACKUP, REBUILD, PATCH, RECONFIGURE, REPLACE_HARDWARE, CLEAN_MALWARE, OTHER

}
