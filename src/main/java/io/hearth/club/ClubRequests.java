package io.hearth.club;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What staff send: a venue or an artist with its texts in every language at once (a
 * language left out has no text). Which languages are the club's is checked by
 * {@link ClubStaff}, which knows them.
 */
final class ClubRequests {

	static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?";

	static final String COLOUR = "#[0-9A-Fa-f]{6}";

	private ClubRequests() {
	}

	record VenueWrite(
			@NotNull @Pattern(regexp = SLUG, message = "must be 2-100 of a-z, 0-9 and inner hyphens") @Size(min = 2,
					max = 100) String slug,
			@NotNull @Min(1) @Max(10_000) Integer capacity, @NotNull Mood mood, @Nullable @Valid Colours colours,
			@Nullable @Size(max = 500) @Pattern(
					regexp = "(secondlife://|https://maps\\.secondlife\\.com/secondlife/)\\S+",
					message = "must be a secondlife:// or https://maps.secondlife.com/secondlife/ address") String slurl,
			@Nullable @Min(0) @Max(100_000) Integer sortOrder, @Nullable Boolean isActive,
			@NotEmpty @Size(max = 16) Map<@Pattern(regexp = "[a-z]{2,3}",
					message = "must be a language code") String, @NotNull @Valid VenueText> texts) {

		@Override
		public Colours colours() {
			return (this.colours != null) ? this.colours : new Colours(null, null, null, null);
		}

		int order() {
			return (this.sortOrder != null) ? this.sortOrder : 0;
		}

		boolean active() {
			return this.isActive == null || this.isActive;
		}

	}

	record VenueText(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 300) String tagline,
			@Nullable @Size(max = 20_000) String description) {
	}

	record Colours(@Nullable @Pattern(regexp = COLOUR, message = "must be #RRGGBB") String primary,
			@Nullable @Pattern(regexp = COLOUR, message = "must be #RRGGBB") String secondary,
			@Nullable @Pattern(regexp = COLOUR, message = "must be #RRGGBB") String accent,
			@Nullable @Pattern(regexp = COLOUR, message = "must be #RRGGBB") String dark) {
	}

	record ArtistWrite(
			@NotNull @Pattern(regexp = SLUG, message = "must be 2-100 of a-z, 0-9 and inner hyphens") @Size(min = 2,
					max = 100) String slug,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String avatarName,
			@NotNull PerformanceType performanceType, @Nullable Boolean isFeatured, @Nullable Boolean isActive,
			@Nullable @Size(max = 16) Map<@Pattern(regexp = "[a-z]{2,3}",
					message = "must be a language code") String, @Size(max = 20_000) String> bios,
			@Nullable @Size(max = 20) List<@NotNull @Valid LinkInput> links) {

		@Override
		public Map<String, String> bios() {
			return (this.bios != null) ? this.bios : Map.of();
		}

		@Override
		public List<LinkInput> links() {
			return (this.links != null) ? this.links : List.of();
		}

		boolean featured() {
			return this.isFeatured != null && this.isFeatured;
		}

		boolean active() {
			return this.isActive == null || this.isActive;
		}

	}

	record LinkInput(@NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
			message = "must be an http or https address") String url, @Nullable @Size(max = 100) String label) {
	}

	record EventWrite(
			@Nullable @Pattern(regexp = SLUG, message = "must be 2-100 of a-z, 0-9 and inner hyphens") @Size(min = 2,
					max = 100) String slug,
			@NotNull EventType type, @NotNull java.util.UUID venueId, @NotNull java.time.OffsetDateTime startsAt,
			@NotNull java.time.OffsetDateTime endsAt, @Nullable @Size(max = 64) String timeZone,
			@Nullable Boolean isFeatured, @Nullable Boolean unlisted,
			@NotEmpty @Size(max = 16) Map<@Pattern(regexp = "[a-z]{2,3}",
					message = "must be a language code") String, @NotNull @Valid EventText> texts,
			@Nullable @Size(max = 20) List<@NotNull @Valid BillingInput> artists,
			java.time.@Nullable OffsetDateTime publishAt) {

		@Override
		public List<BillingInput> artists() {
			return (this.artists != null) ? this.artists : List.of();
		}

		boolean featured() {
			return this.isFeatured != null && this.isFeatured;
		}

		boolean isUnlisted() {
			return this.unlisted != null && this.unlisted;
		}

	}

	/**
	 * A series: an event's fields for its first occurrence, and the RFC 5545 rule that
	 * repeats it (FREQ=WEEKLY or MONTHLY; INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL).
	 */
	record SeriesWrite(
			@Nullable @Pattern(regexp = SLUG, message = "must be 2-100 of a-z, 0-9 and inner hyphens") @Size(min = 2,
					max = 80) String slug,
			@NotNull EventType type, @NotNull java.util.UUID venueId, @NotNull java.time.OffsetDateTime startsAt,
			@NotNull java.time.OffsetDateTime endsAt, @Nullable @Size(max = 64) String timeZone,
			@NotBlank @Size(max = 300) String rrule, @Nullable Boolean isFeatured, @Nullable Boolean unlisted,
			@NotEmpty @Size(max = 16) Map<@Pattern(regexp = "[a-z]{2,3}",
					message = "must be a language code") String, @NotNull @Valid EventText> texts,
			@Nullable @Size(max = 20) List<@NotNull @Valid BillingInput> artists) {

		/** One occurrence as an event. */
		EventWrite event(java.time.OffsetDateTime start, java.time.OffsetDateTime end, @Nullable String slug) {
			return new EventWrite(slug, this.type, this.venueId, start, end, this.timeZone, this.isFeatured,
					this.unlisted, this.texts, this.artists, null);
		}

	}

	record EventText(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 20_000) String description) {
	}

	record BillingInput(@NotNull java.util.UUID artistId, @Nullable @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
			message = "must be a local time HH:MM") String setTime) {
	}

	enum EventType {

		LIVE_SINGER, TRIBUTE_CONCERT, DJ_SET, SPECIAL, OTHER;

		@JsonValue
		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		static EventType of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	enum Mood {

		COSMIC, WARM, HYBRID;

		@JsonValue
		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		static Mood of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	enum PerformanceType {

		LIVE_SINGER, DJ, TRIBUTE, OTHER;

		@JsonValue
		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		static PerformanceType of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
