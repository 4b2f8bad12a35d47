package jp.hikeshi.remediation;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a filter or block names, each type with the syntax it must have: a wrong value in
 * a firewall rule blocks nothing (or the wrong thing), so it is refused before anyone is
 * asked to apply it.
 */
public enum BlockTarget {

	IP, CIDR, DOMAIN, URL, EMAIL, HASH, ACCOUNT;

	private static final Pattern IPV4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

	private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

	private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern LOCAL_PART = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern HASH_HEX = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

	/**
	 * The value as it is stored (trimmed; domains, hashes and addresses in lower case),
	 * or empty when it is not valid.
	 */
	public Optional<String> normalise(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String value = raw.strip();
		boolean valid = switch (this) {
			case IP -> ipv4(value) || ipv6(value);
			case CIDR -> cidr(value);
			case DOMAIN -> domain(value, true);
			case URL -> url(value);
			case EMAIL -> email(value);
			case HASH -> HASH_HEX.matcher(value).matches();
			case ACCOUNT -> value.length() <= 200 && value.codePoints().noneMatch(Character::isISOControl);
		};
		if (!valid) {
			return Optional.empty();
		}
		return Optional.of(switch (this) {
			case IP, CIDR, DOMAIN, HASH, EMAIL -> value.toLowerCase(Locale.ROOT);
			case URL, ACCOUNT -> value;
		});
	}

	static boolean ipv4(String value) {
		String[] parts = value.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (!IPV4_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
				return false;
			}
		}
		return true;
	}

	/**
	 * RFC 4291 text forms, with at most one "::" and an optional embedded IPv4 address at
	 * the end; no zone.
	 */
	static boolean ipv6(String value) {
		if (value.length() < 2 || value.length() > 45 || !value.contains(":")) {
			return false;
		}
		int gap = value.indexOf("::");
		if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
			return false;
		}
		String[] halves = gap >= 0 ? new String[] { value.substring(0, gap), value.substring(gap + 2) }
				: new String[] { value };
		int groups = 0;
		for (int h = 0; h < halves.length; h++) {
			if (halves[h].isEmpty()) {
				continue;
			}
			String[] parts = halves[h].split(":", -1);
			for (int i = 0; i < parts.length; i++) {
				boolean last = h == halves.length - 1 && i == parts.length - 1;
				if (last && parts[i].contains(".")) {
					if (!ipv4(parts[i])) {
						return false;
					}
					groups += 2;
				}
				else if (HEX_GROUP.matcher(parts[i]).matches()) {
					groups++;
				}
				else {
					return false;
				}
			}
		}
		return gap >= 0 ? groups <= 7 : groups == 8;
	}

	static boolean cidr(String value) {
		int slash = value.indexOf('/');
		if (slash < 0 || slash != value.lastIndexOf('/')) {
			return false;
		}
		String address = value.substring(0, slash);
		String prefix = value.substring(slash + 1);
		if (!prefix.matches("0|[1-9][0-9]{0,2}")) {
			return false;
		}
		int bits = Integer.parseInt(prefix);
		return ipv4(address) ? bits <= 32 : ipv6(address) && bits <= 128;
	}

	/**
	 * A host name with at least two labels (internationalised names allowed); a leading
	 * "*." when blocking subdomains.
	 */
	static boolean domain(String value, boolean wildcard) {
		String name = wildcard && value.startsWith("*.") ? value.substring(2) : value;
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		String ascii;
		try {
			ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (ascii.isEmpty() || ascii.length() > 253) {
			return false;
		}
		String[] labels = ascii.split("\\.", -1);
		if (labels.length < 2 || labels[labels.length - 1].matches("[0-9]+")) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	static boolean url(String value) {
		if (value.length() > 2000 || value.chars().anyMatch(c -> c <= ' ')) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getRawAuthority() == null) {
				return false;
			}
			String host = uri.getHost();
			if (host == null) {
				return false;
			}
			if (host.startsWith("[") && host.endsWith("]")) {
				return ipv6(host.substring(1, host.length() - 1));
			}
			return ipv4(host) || domain(host, false);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static boolean email(String value) {
		int at = value.lastIndexOf('@');
		if (at <= 0 || at != value.indexOf('@') || value.length() > 254 || at > 64) {
			return false;
		}
		return LOCAL_PART.matcher(value.substring(0, at)).matches() && domain(value.substring(at + 1), false);
	}

}
