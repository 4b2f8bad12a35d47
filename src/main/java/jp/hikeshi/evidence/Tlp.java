package jp.hikeshi.evidence;

/** Traffic Light Protocol 2.0 labels. */
public enum Tlp {

	CLEAR("TLP:CLEAR"), GREEN("TLP:GREEN"), AMBER("TLP:AMBER"), AMBER_STRICT("TLP:AMBER+STRICT"), RED("TLP:RED");

	private final String label;

	Tlp(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
