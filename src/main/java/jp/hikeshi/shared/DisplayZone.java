package jp.hikeshi.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The time zone users see and type times in (default Asia/Tokyo). */
public record DisplayZone(ZoneId zone) {

	public Instant toInstant(LocalDateTime local) {
		return local == null ? null : local.atZone(zone).toInstant();
	}

	public LocalDateTime toLocal(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}
}
