package io.hearth.collections;

import java.util.UUID;

import io.hearth.identity.UserDeleted;
import jakarta.persistence.EntityManager;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted user's collection goes with them: items with their parts, then categories, as
 * bulk statements (a large collection is a handful of statements, not a row at a time).
 * Their photo files are the files module's to remove, on the same event.
 */
@Component
class DeletedUserCollection {

	private static final String OWNED_ITEMS = "(select i.id from Item i where i.ownerId = :owner)";

	private final EntityManager entityManager;

	private final CollectionChanges changes;

	private final ItemSearch search;

	DeletedUserCollection(EntityManager entityManager, CollectionChanges changes, ItemSearch search) {
		this.entityManager = entityManager;
		this.changes = changes;
		this.search = search;
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		UUID owner = event.userId();
		this.changes.changed(owner);
		this.search.removedOwner(owner);
		for (String statement : new String[] { "delete from ItemFieldValue v where v.ownerId = :owner",
				"delete from ItemLink l where l.itemId in " + OWNED_ITEMS,
				"delete from ItemPhoto p where p.itemId in " + OWNED_ITEMS,
				"delete from Item i where i.ownerId = :owner", "delete from Category c where c.ownerId = :owner" }) {
			this.entityManager.createQuery(statement).setParameter("owner", owner).executeUpdate();
		}
	}

}
