package io.hearth.club;

import io.hearth.platform.SearchPosting;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One term of one club search text (MariaDB, MySQL, H2; empty on PostgreSQL). */
@Entity(name = "ClubSearchTerm")
@Table(name = "club_search_terms")
@IdClass(SearchPosting.Key.class)
@Immutable
class ClubSearchTerm extends SearchPosting {

}
