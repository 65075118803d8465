package io.hearth.interactions;

import io.hearth.platform.SearchPosting;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One term of one interaction (MariaDB, MySQL, H2; empty on PostgreSQL). */
@Entity(name = "InteractionTerm")
@Table(name = "interaction_terms")
@IdClass(SearchPosting.Key.class)
@Immutable
class InteractionTerm extends SearchPosting {

}
