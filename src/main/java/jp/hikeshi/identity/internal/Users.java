package jp.hikeshi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All user accounts. */
public interface Users extends ListCrudRepository<User, UUID> {

	Optional<User> findByUsername(String username);

	List<User> findAllByOrderByUsername();

	/** The ids of one page of the organisation's accounts, by username. */
	@Query("SELECT id FROM app_user WHERE organisation_id = :organisation ORDER BY username LIMIT :limit OFFSET :offset")
	List<UUID> idsByUsername(UUID organisation, int limit, long offset);

	@Query("SELECT COUNT(*) FROM app_user WHERE organisation_id = :organisation")
	long countOf(UUID organisation);

}
