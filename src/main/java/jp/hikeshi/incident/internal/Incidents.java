package jp.hikeshi.incident.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All incidents. */
public interface Incidents extends ListCrudRepository<Incident, UUID> {

}
