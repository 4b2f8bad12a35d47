package jp.hikeshi.directory;

/**
 * Who work can be assigned to: a user account of the organisation, or a vendor
 * organisation from the directory.
 */
public enum AssigneeKind {

	USER, VENDOR

}
