package jp.hikeshi.directory;

/** What sort of thing an asset is. */
public enum AssetKind {

	SERVER, NETWORK_DEVICE, PC, SYSTEM_SERVICE, CLOUD_SERVICE, OTHER

}
