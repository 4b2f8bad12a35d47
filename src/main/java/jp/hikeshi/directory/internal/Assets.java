package jp.hikeshi.directory.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The asset inventory. */
public interface Assets extends ListCrudRepository<Asset, UUID> {

}
