package io.hearth.collections;

import java.util.UUID;

import io.hearth.platform.ChangeCounters;

import org.springframework.stereotype.Component;

/**
 * One change counter per owner, moved after every committed write to the owner's
 * categories, items, links or photos. Cached item views, categories and list totals
 * remember the counter they were made at and are used only while it has not moved, on any
 * instance.
 */
@Component
class CollectionChanges {

	private final ChangeCounters counters;

	CollectionChanges(ChangeCounters counters) {
		this.counters = counters;
	}

	long stamp(UUID owner) {
		return this.counters.current(key(owner));
	}

	void changed(UUID owner) {
		this.counters.bumpAfterCommit(key(owner));
	}

	private static String key(UUID owner) {
		return "collections:v:" + owner;
	}

}
