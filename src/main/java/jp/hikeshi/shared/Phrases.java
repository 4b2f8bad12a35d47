package jp.hikeshi.shared;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders {@link Phrase}s in a reader's language, with times in the display zone written
 * for people.
 */
@Component
public class Phrases {

	private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.JAPANESE);

	private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

	private final MessageSource messages;

	private final DisplayZone zone;

	Phrases(MessageSource messages, DisplayZone zone) {
		this.messages = messages;
		this.zone = zone;
	}

	public String render(Phrase phrase, Locale locale) {
		Object[] args = phrase.args().stream().map(a -> arg(a, locale)).toArray();
		String fallback = phrase.fallback() != null ? phrase.fallback() : phrase.key();
		return messages.getMessage(phrase.key(), args.length == 0 ? null : args, fallback, locale);
	}

	/**
	 * The Japanese text, kept in the legacy text columns for search and for readers of
	 * the raw rows.
	 */
	public String japanese(Phrase phrase) {
		return render(phrase, Locale.JAPANESE);
	}

	/** A time as people read it: 「2026年12月3日 18:31」, or 3 Dec 2026, 18:31 in English. */
	public String time(Instant at, Locale locale) {
		return (english(locale) ? EN : JA).format(at.atZone(zone.zone()));
	}

	private Object arg(Object arg, Locale locale) {
		if (arg == null) {
			return "";
		}
		if (arg instanceof Phrase p) {
			return render(p, locale);
		}
		if (arg instanceof Instant at) {
			return time(at, locale);
		}
		if (arg instanceof Bilingual b) {
			return b.in(locale);
		}
		return arg instanceof Number n ? n.toString() : arg;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
