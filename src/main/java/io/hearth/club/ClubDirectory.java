package io.hearth.club;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.platform.ChangeCounters;

import org.springframework.stereotype.Component;

/**
 * Venues and artists by id for the programme's views, kept while the club's change
 * counter stays put (every audited change moves it after it commits, on every instance
 * with Redis). Every event view names its venue and its bill: without this, an uncached
 * event cost five more queries for rows that change a few times a month. Kept entities
 * are only read (names, slugs, texts); writes load their own.
 */
@Component
class ClubDirectory {

	private record Kept<T>(long stamp, T row) {
	}

	private final Cache<UUID, Kept<Venue>> venues = Caffeine.newBuilder().maximumSize(1_000).build();

	private final Cache<UUID, Kept<Artist>> artists = Caffeine.newBuilder().maximumSize(10_000).build();

	private final Venues venueRows;

	private final Artists artistRows;

	private final ChangeCounters counters;

	ClubDirectory(Venues venueRows, Artists artistRows, ChangeCounters counters) {
		this.venueRows = venueRows;
		this.artistRows = artistRows;
		this.counters = counters;
	}

	Map<UUID, Venue> venues(Collection<UUID> ids) {
		return kept(this.venues, ids, this.venueRows::findAllById, Venue::id);
	}

	Map<UUID, Artist> artists(Collection<UUID> ids) {
		return kept(this.artists, ids, this.artistRows::findAllById, Artist::id);
	}

	private <T> Map<UUID, T> kept(Cache<UUID, Kept<T>> cache, Collection<UUID> ids, Function<Set<UUID>, List<T>> load,
			Function<T, UUID> key) {
		// read before loading: a change committed in between moves the counter, so what
		// is kept under this stamp is never older than the stamp says
		long stamp = this.counters.current(ClubAnswers.COUNTER);
		Map<UUID, T> found = new HashMap<>();
		Set<UUID> missing = new HashSet<>();
		for (UUID id : ids) {
			Kept<T> kept = cache.getIfPresent(id);
			if (kept != null && kept.stamp() == stamp) {
				found.put(id, kept.row());
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			for (T row : load.apply(missing)) {
				found.put(key.apply(row), row);
				cache.put(key.apply(row), new Kept<>(stamp, row));
			}
		}
		return found;
	}

}
