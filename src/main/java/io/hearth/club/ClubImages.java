package io.hearth.club;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.files.FileManagement;
import io.hearth.files.FileView;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures of the club through the files module (type sniffed, size and pixels bounded,
 * variants made by a job, signed URLs): a venue's hero image and gallery, an artist's
 * profile image, an event's poster. Staff upload them; every change is audited.
 */
@Service
class ClubImages {

	/** The owner of every club file: the club, whoever uploaded it. */
	static final UUID OWNER = UUID.nameUUIDFromBytes("hearth/club".getBytes(StandardCharsets.UTF_8));

	/** A venue's gallery holds this many pictures at most. */
	static final int GALLERY = 24;

	/** Where a picture shows; {@code single} roles hold one, a new upload replaces it. */
	enum Role {

		HERO(true), GALLERY(false), PROFILE(true), POSTER(true);

		private final boolean single;

		Role(boolean single) {
			this.single = single;
		}

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** What has pictures, as the audit trail names it, and in which roles. */
	enum Owner {

		VENUE("club_venue", Role.HERO, Role.GALLERY), ARTIST("club_artist", Role.PROFILE),
		EVENT("club_event", Role.POSTER);

		private final String entity;

		private final List<Role> roles;

		Owner(String entity, Role... roles) {
			this.entity = entity;
			this.roles = List.of(roles);
		}

	}

	/** A row's pictures: the one of its single role, and a venue's gallery in order. */
	record Images(@Nullable FileView main, List<FileView> gallery) {

		static final Images NONE = new Images(null, List.of());

	}

	private final FileManagement files;

	private final JdbcTemplate jdbc;

	private final ClubAudit audit;

	private final Venues venues;

	private final Artists artists;

	private final ClubEvents events;

	private final Clock clock;

	ClubImages(FileManagement files, JdbcTemplate jdbc, ClubAudit audit, Venues venues, Artists artists,
			ClubEvents events, Clock clock) {
		this.venues = venues;
		this.artists = artists;
		this.events = events;
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores {@code content} as the row's picture in {@code role}: the single one
	 * (replacing what was there) or one more of the gallery.
	 */
	@Transactional
	Images upload(Caller caller, Owner owner, UUID target, Role role, InputStream content) throws IOException {
		ClubAudit.requireStaff(caller);
		exists(owner, target);
		if (!owner.roles.contains(role)) {
			throw ApiException.notFound("Image role");
		}
		List<UUID> before = fileIds(target, role);
		if (!role.single && before.size() >= GALLERY) {
			throw ApiException.conflict("GALLERY_FULL", "A gallery holds " + GALLERY + " pictures; remove one first");
		}
		FileView stored = this.files.storeImage(OWNER, "image", content);
		if (role.single && !before.isEmpty()) {
			this.jdbc.update("DELETE FROM club_images WHERE target_id = ? AND role = ?", target, role.value());
			this.files.delete(before);
		}
		Integer last = this.jdbc.queryForObject(
				"SELECT MAX(position) FROM club_images WHERE target_id = ? AND role = ?", Integer.class, target,
				role.value());
		this.jdbc.update(
				"INSERT INTO club_images (file_id, target_id, role, position, created_at) VALUES (?, ?, ?, ?, ?)",
				stored.id(), target, role.value(), (last != null) ? last + 1 : 0, Timestamp.from(this.clock.instant()));
		this.audit.changed(owner.entity, target, "updated", caller, Map.of(),
				Map.of(role.value() + "_image", stored.id().toString()));
		return of(List.of(target)).getOrDefault(target, Images.NONE);
	}

	/** Takes one picture off the row (404 when it is not one of the row's). */
	@Transactional
	Images remove(Caller caller, Owner owner, UUID target, UUID fileId) {
		ClubAudit.requireStaff(caller);
		exists(owner, target);
		if (this.jdbc.update("DELETE FROM club_images WHERE target_id = ? AND file_id = ?", target, fileId) == 0) {
			throw ApiException.notFound("Image");
		}
		this.files.delete(List.of(fileId));
		this.audit.changed(owner.entity, target, "updated", caller, Map.of("image", fileId.toString()), Map.of());
		return of(List.of(target)).getOrDefault(target, Images.NONE);
	}

	@Transactional(readOnly = true)
	Images of(Caller caller, Owner owner, UUID target) {
		ClubAudit.requireStaff(caller);
		exists(owner, target);
		return of(target);
	}

	Images of(UUID target) {
		return of(List.of(target)).getOrDefault(target, Images.NONE);
	}

	/** The pictures of these rows, two queries whatever their number. */
	@Transactional(readOnly = true)
	Map<UUID, Images> of(Collection<UUID> targets) {
		if (targets.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = new ArrayList<>();
		String marks = String.join(", ", targets.stream().map((t) -> "?").toList());
		this.jdbc.query(
				"SELECT target_id, file_id, role FROM club_images WHERE target_id IN (" + marks
						+ ") ORDER BY target_id, role, position",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> rows
					.add(new Object[] { row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3) }),
				targets.toArray());
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<UUID, FileView> views = this.files.views(rows.stream().map((r) -> (UUID) r[1]).toList());
		Map<UUID, FileView> main = new HashMap<>();
		Map<UUID, List<FileView>> gallery = new HashMap<>();
		for (Object[] row : rows) {
			FileView view = views.get((UUID) row[1]);
			if (view == null) {
				continue;
			}
			if (Role.GALLERY.value().equals(row[2])) {
				gallery.computeIfAbsent((UUID) row[0], (k) -> new ArrayList<>()).add(view);
			}
			else {
				main.put((UUID) row[0], view);
			}
		}
		Map<UUID, Images> answer = new HashMap<>();
		for (UUID target : targets) {
			if (main.containsKey(target) || gallery.containsKey(target)) {
				answer.put(target, new Images(main.get(target), List.copyOf(gallery.getOrDefault(target, List.of()))));
			}
		}
		return answer;
	}

	/** Everything of a row that is being deleted, in its transaction. */
	void removeAll(UUID target) {
		List<UUID> doomed = this.jdbc.query("SELECT file_id FROM club_images WHERE target_id = ?",
				(row, n) -> row.getObject(1, UUID.class), target);
		if (!doomed.isEmpty()) {
			this.jdbc.update("DELETE FROM club_images WHERE target_id = ?", target);
			this.files.delete(doomed);
		}
	}

	private void exists(Owner owner, UUID target) {
		boolean there = switch (owner) {
			case VENUE -> this.venues.existsById(target);
			case ARTIST -> this.artists.existsById(target);
			case EVENT -> this.events.existsById(target);
		};
		if (!there) {
			throw ApiException.notFound(switch (owner) {
				case VENUE -> "Venue";
				case ARTIST -> "Artist";
				case EVENT -> "Event";
			});
		}
	}

	private List<UUID> fileIds(UUID target, Role role) {
		return this.jdbc.query("SELECT file_id FROM club_images WHERE target_id = ? AND role = ? ORDER BY position",
				(row, n) -> row.getObject(1, UUID.class), target, role.value());
	}

}
