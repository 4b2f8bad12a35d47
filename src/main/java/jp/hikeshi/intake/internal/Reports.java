package jp.hikeshi.intake.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All reports. */
public interface Reports extends ListCrudRepository<Report, UUID> {

}
