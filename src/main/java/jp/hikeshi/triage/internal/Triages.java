package jp.hikeshi.triage.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The triage of every report that has one. */
public interface Triages extends ListCrudRepository<Triage, UUID> {

	Optional<Triage> findByReportId(UUID reportId);

}
