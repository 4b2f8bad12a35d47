package jp.hikeshi.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.hikeshi.audit.internal.AuditChain;
import jp.hikeshi.audit.internal.AuditRecords;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail of one organisation, newest first, narrowed by an
 * {@link AuditFilter}, and verifies it.
 */
@Component
public class AuditTrail {

	private final AuditRecords records;

	private final AuditChain chain;

	AuditTrail(AuditRecords records, AuditChain chain) {
		this.records = records;
		this.chain = chain;
	}

	/**
	 * Walks the hash chain and reports whether every entry is unchanged, in place and in
	 * order.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return chain.verify();
	}

	/**
	 * The hash chain up to its head, one JSON-ready line at a time, the head first (see
	 * {@link AuditCommandLine}): this organisation's entries in full, those of others by
	 * position and hashes only, so every link still verifies.
	 */
	public void exportChain(OrganisationId organisation, Consumer<Object> lines) {
		chain.export(organisation.value(),
				head -> lines.accept(AuditCommandLine.headLine(head.headSeq(), head.headHash())), lines::accept);
	}

	/**
	 * A numbered page (the REST API's page/size), with the count of all matching entries.
	 */
	public PageOf<AuditEntry> page(OrganisationId organisation, AuditFilter filter, PageRequest page) {
		List<AuditEntry> items = records.page(organisation, filter, page.size(), page.offset());
		return new PageOf<>(new ArrayList<>(items), page.page(), page.size(), records.count(organisation, filter));
	}

	/**
	 * A page by position: the {@code size} entries just older than {@code before}, or
	 * just newer than {@code after} when that is given instead, or the newest when
	 * neither is.
	 */
	public AuditSlice slice(OrganisationId organisation, AuditFilter filter, AuditCursor before, AuditCursor after,
			int size) {
		if (after != null && before == null) {
			List<AuditEntry> rows = records.newer(organisation, filter, after, size + 1);
			boolean more = rows.size() > size;
			List<AuditEntry> items = more ? rows.subList(1, rows.size()) : rows;
			AuditCursor older = items.isEmpty() ? after : items.get(items.size() - 1).cursor();
			return new AuditSlice(List.copyOf(items), older, more ? items.get(0).cursor() : null);
		}
		List<AuditEntry> rows = records.older(organisation, filter, before, size + 1);
		boolean more = rows.size() > size;
		List<AuditEntry> items = more ? rows.subList(0, size) : rows;
		AuditCursor newer = before == null || items.isEmpty() ? null : items.get(0).cursor();
		return new AuditSlice(List.copyOf(items), more ? items.get(items.size() - 1).cursor() : null, newer);
	}

	/**
	 * Hands every matching entry, newest first, to {@code sink} as it is read (for
	 * exports of any size).
	 */
	public void each(OrganisationId organisation, AuditFilter filter, Consumer<AuditEntry> sink) {
		records.each(organisation, filter, sink);
	}

}
