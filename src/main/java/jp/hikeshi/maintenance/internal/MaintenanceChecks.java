package jp.hikeshi.maintenance.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All recorded check runs. */
public interface MaintenanceChecks extends ListCrudRepository<MaintenanceCheck, UUID> {

}
