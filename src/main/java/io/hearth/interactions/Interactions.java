package io.hearth.interactions;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The raw table. Only {@link ScopedInteractions} may use it (an architecture test
 * enforces this), so that no query can leave out the site.
 */
interface Interactions extends JpaRepository<Interaction, UUID>, JpaSpecificationExecutor<Interaction> {

}
