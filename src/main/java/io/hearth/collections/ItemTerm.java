package io.hearth.collections;

import io.hearth.platform.SearchPosting;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One term of one item (MariaDB, MySQL, H2; empty on PostgreSQL). */
@Entity(name = "ItemTerm")
@Table(name = "item_terms")
@IdClass(SearchPosting.Key.class)
@Immutable
class ItemTerm extends SearchPosting {

}
