package io.hearth.planning;

import io.hearth.platform.SearchPosting;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One term of one analysis (MariaDB, MySQL, H2; empty on PostgreSQL). */
@Entity(name = "PlanningTerm")
@Table(name = "planning_search_terms")
@IdClass(SearchPosting.Key.class)
@Immutable
class PlanningTerm extends SearchPosting {

}
