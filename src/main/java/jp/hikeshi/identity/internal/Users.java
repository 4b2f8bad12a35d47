package jp.hikeshi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All user accounts. */
public interface Users extends ListCrudRepository<User, UUID> {

	Optional<User> findByUsername(String username);

	List<User> findAllByOrderByUsername();
}
