package io.hearth.club;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** Someone who plays at the club, with a biography in each language it has one in. */
@Entity
@Table(name = "club_artists")
class Artist {

	@Id
	private UUID id;

	private String slug;

	private String name;

	private @Nullable String avatarName;

	private String performanceType;

	@Column(name = "is_featured")
	private boolean featured;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	/** Written by {@link ClubSearch} alone; read by its reindex. */
	@Column(insertable = false, updatable = false)
	private int searchVersion;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 256)
	@CollectionTable(name = "club_artist_texts", joinColumns = @JoinColumn(name = "artist_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "bio")
	private Map<String, String> bios = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 256)
	@CollectionTable(name = "club_artist_links", joinColumns = @JoinColumn(name = "artist_id"))
	@OrderColumn(name = "position")
	private List<Link> links = new ArrayList<>();

	protected Artist() {
		// for JPA
	}

	Artist(ClubRequests.ArtistWrite request, Instant now) {
		this.id = Ids.newId();
		this.createdAt = now;
		change(request, now);
	}

	final void change(ClubRequests.ArtistWrite request, Instant now) {
		this.slug = request.slug();
		this.name = request.name().strip();
		this.avatarName = (request.avatarName() == null || request.avatarName().isBlank()) ? null
				: request.avatarName().strip();
		this.performanceType = request.performanceType().value();
		this.featured = request.featured();
		this.active = request.active();
		this.bios.clear();
		request.bios().forEach((language, bio) -> {
			if (bio != null && !bio.isBlank()) {
				this.bios.put(language, bio.strip());
			}
		});
		this.links.clear();
		request.links().forEach((link) -> this.links.add(new Link(link.url(), link.label())));
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String name() {
		return this.name;
	}

	@Nullable String avatarName() {
		return this.avatarName;
	}

	ClubRequests.PerformanceType performanceType() {
		return ClubRequests.PerformanceType.of(this.performanceType);
	}

	boolean featured() {
		return this.featured;
	}

	boolean active() {
		return this.active;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	Map<String, String> bios() {
		return Map.copyOf(this.bios);
	}

	List<Link> links() {
		return List.copyOf(this.links);
	}

	/** A labelled http(s) address. */
	@Embeddable
	record Link(@Column(name = "url") String url, @Column(name = "label") @Nullable String label) {
	}

}
