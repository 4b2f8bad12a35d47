package jp.hikeshi.evidence;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How observables are normalised (so that the same indicator matches across incidents),
 * recognised in a pasted line, and found in the text of a suspicious mail. Defanged forms
 * (hxxp, [.]) are accepted.
 */
public final class ObservablePolicy {

	private static final Pattern IPV4 = Pattern
		.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+");

	private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

	private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s\"'<>()\\[\\]{}]+");

	private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern IPV4_IN_TEXT = Pattern.compile("(?<![\\d.])" + IPV4.pattern() + "(?![\\d.])");

	private static final Pattern HASH_IN_TEXT = Pattern
		.compile("(?i)(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![0-9a-f])");

	private ObservablePolicy() {
	}

	/**
	 * The normalised value, or a message key saying why the value is not of that type.
	 */
	public static Result normalise(ObservableType type, String raw) {
		if (raw == null || raw.isBlank()) {
			return Result.fault("observable.value.required");
		}
		String value = refang(raw.strip());
		return switch (type) {
			case IP -> ip(value).map(Result::ok).orElse(Result.fault("observable.ip.invalid"));
			case CIDR -> cidr(value);
			case DOMAIN -> domain(value).map(Result::ok).orElse(Result.fault("observable.domain.invalid"));
			case URL -> url(value);
			case EMAIL -> email(value);
			case MD5 -> hex(value, 32);
			case SHA1 -> hex(value, 40);
			case SHA256 -> hex(value, 64);
			case FILENAME, ACCOUNT, OTHER ->
				value.length() > 2000 ? Result.fault("observable.value.tooLong") : Result.ok(value);
		};
	}

	/** Guesses the type of a bare pasted value; OTHER when nothing fits. */
	public static ObservableType guess(String raw) {
		String value = refang(raw.strip());
		String lower = value.toLowerCase(Locale.ROOT);
		if (URL_IN_TEXT.matcher(value).matches()) {
			return ObservableType.URL;
		}
		if (ip(value).isPresent()) {
			return ObservableType.IP;
		}
		if (value.contains("/") && cidr(value).fault() == null) {
			return ObservableType.CIDR;
		}
		if (EMAIL.matcher(value).matches()) {
			return ObservableType.EMAIL;
		}
		if (HEX.matcher(lower).matches()) {
			switch (lower.length()) {
				case 32:
					return ObservableType.MD5;
				case 40:
					return ObservableType.SHA1;
				case 64:
					return ObservableType.SHA256;
				default:
					break;
			}
		}
		if (domain(value).isPresent()) {
			return ObservableType.DOMAIN;
		}
		return ObservableType.OTHER;
	}

	/**
	 * Indicators found in the text of a mail: URLs with their hosts, mail addresses with
	 * their domains, IPv4, hashes.
	 */
	public static Set<Found> findIn(String text) {
		Set<Found> found = new LinkedHashSet<>();
		if (text == null) {
			return found;
		}
		Matcher url = URL_IN_TEXT.matcher(text);
		while (url.find()) {
			String candidate = url.group().replaceAll("[.,;:!?]+$", "");
			Result r = url(candidate);
			if (r.fault() == null) {
				found.add(new Found(ObservableType.URL, r.value()));
				host(r.value()).ifPresent(h -> found.add(h));
			}
		}
		Matcher mail = EMAIL_IN_TEXT.matcher(text);
		while (mail.find()) {
			Result r = email(mail.group());
			if (r.fault() == null) {
				found.add(new Found(ObservableType.EMAIL, r.value()));
				domain(r.value().substring(r.value().indexOf('@') + 1))
					.ifPresent(d -> found.add(new Found(ObservableType.DOMAIN, d)));
			}
		}
		Matcher ip = IPV4_IN_TEXT.matcher(text);
		while (ip.find()) {
			found.add(new Found(ObservableType.IP, ip.group()));
		}
		Matcher hash = HASH_IN_TEXT.matcher(text);
		while (hash.find()) {
			String h = hash.group().toLowerCase(Locale.ROOT);
			found.add(new Found(h.length() == 32 ? ObservableType.MD5
					: h.length() == 40 ? ObservableType.SHA1 : ObservableType.SHA256, h));
		}
		return found;
	}

	static String refang(String value) {
		return value.replaceAll("(?i)^hxxp", "http")
			.replace("[.]", ".")
			.replace("(.)", ".")
			.replace("[:]", ":")
			.replace("[@]", "@");
	}

	private static Optional<String> ip(String value) {
		if (IPV4.matcher(value).matches()) {
			return Optional.of(value);
		}
		if (value.contains(":") && value.matches("[0-9A-Fa-f:.]+")) {
			try {
				// a literal IPv6 address: parsed locally, never looked up
				return Optional.of(InetAddress.getByName(value).getHostAddress().toLowerCase(Locale.ROOT));
			}
			catch (UnknownHostException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static Result cidr(String value) {
		int slash = value.indexOf('/');
		if (slash < 0) {
			return Result.fault("observable.cidr.invalid");
		}
		Optional<String> address = ip(value.substring(0, slash));
		try {
			int prefix = Integer.parseInt(value.substring(slash + 1));
			int max = address.map(a -> a.contains(":") ? 128 : 32).orElse(-1);
			if (address.isPresent() && prefix >= 0 && prefix <= max) {
				return Result.ok(address.get() + "/" + prefix);
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the fault below
		}
		return Result.fault("observable.cidr.invalid");
	}

	private static Optional<String> domain(String value) {
		try {
			String ascii = IDN.toASCII(value.endsWith(".") ? value.substring(0, value.length() - 1) : value)
				.toLowerCase(Locale.ROOT);
			return DOMAIN.matcher(ascii).matches() && !IPV4.matcher(ascii).matches() ? Optional.of(ascii)
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Result url(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp") || uri.getHost() == null) {
				return Result.fault("observable.url.invalid");
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			String rest = value.substring(value.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
			String authority = uri.getRawAuthority().replace(uri.getHost(), host);
			return Result.ok(scheme + "://" + authority + rest);
		}
		catch (URISyntaxException | RuntimeException ex) {
			return Result.fault("observable.url.invalid");
		}
	}

	private static Optional<Found> host(String url) {
		try {
			String host = new URI(url).getHost();
			if (ip(host).isPresent()) {
				return Optional.of(new Found(ObservableType.IP, host));
			}
			return domain(host).map(d -> new Found(ObservableType.DOMAIN, d));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private static Result email(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		int at = lower.lastIndexOf('@');
		if (!EMAIL.matcher(lower).matches() || at < 1 || domain(lower.substring(at + 1)).isEmpty()) {
			return Result.fault("observable.email.invalid");
		}
		return Result.ok(lower.substring(0, at) + "@" + domain(lower.substring(at + 1)).get());
	}

	private static Result hex(String value, int length) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.length() == length && HEX.matcher(lower).matches() ? Result.ok(lower)
				: Result.fault("observable.hash.invalid");
	}

	/** A normalised value, or the key of the fault. */
	public record Result(String value, String fault) {
		static Result ok(String value) {
			return new Result(value, null);
		}

		static Result fault(String key) {
			return new Result(null, key);
		}
	}

	/** An indicator found in text. */
	public record Found(ObservableType type, String value) {
	}

}
