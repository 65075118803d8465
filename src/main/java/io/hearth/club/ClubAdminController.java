package io.hearth.club;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.Envelope;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's side of the club: venues, artists and events with every language at once,
 * and the events' publication.
 */
@RestController
@RequestMapping("/api/v1/club/admin")
@Tag(name = "Club staff", description = "Venues and artists as staff write them (role staff or admin)")
class ClubAdminController {

	private final ClubStaff staff;

	private final EventPlanning planning;

	private final MemberInbox inbox;

	private final SeriesPlanning series;

	private final ClubFigures figures;

	ClubAdminController(ClubStaff staff, EventPlanning planning, MemberInbox inbox, SeriesPlanning series,
			ClubFigures figures) {
		this.figures = figures;
		this.staff = staff;
		this.planning = planning;
		this.inbox = inbox;
		this.series = series;
	}

	@GetMapping("/series")
	@Operation(summary = "Every series, newest first, with its next occurrences")
	Envelope<List<SeriesPlanning.SeriesDetail>> allSeries(Caller caller, PageQuery paging) {
		return Envelope.page(this.series.list(caller, paging));
	}

	@GetMapping("/series/{id}")
	@Operation(summary = "A series: its rule, its template and its next occurrences")
	Envelope<SeriesPlanning.SeriesDetail> oneSeries(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.series.get(caller, id));
	}

	@PostMapping("/series")
	@Operation(summary = "Create a series, as a draft, and its occurrences up to the horizon",
			description = "starts_at/ends_at are the first night; rrule is RFC 5545 (FREQ=WEEKLY or MONTHLY with "
					+ "INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL), expanded in time_zone so the local time holds "
					+ "across daylight-saving changes.")
	ResponseEntity<Envelope<SeriesPlanning.SeriesDetail>> createSeries(Caller caller,
			@Valid @RequestBody ClubRequests.SeriesWrite body) {
		SeriesPlanning.SeriesDetail created = this.series.create(caller, body);
		return ResponseEntity.created(URI.create("/api/v1/club/admin/series/" + created.id()))
			.body(Envelope.of(created));
	}

	@PutMapping("/series/{id}")
	@Operation(summary = "Replace a series: its future occurrences follow, except those edited alone")
	Envelope<SeriesPlanning.SeriesDetail> updateSeries(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ClubRequests.SeriesWrite body, IfMatch ifMatch) {
		return Envelope.of(this.series.update(caller, id, body, ifMatch));
	}

	@DeleteMapping("/series/{id}")
	@Operation(summary = "Delete a draft series and its occurrences (cancel a published one)")
	ResponseEntity<Void> deleteSeries(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.series.delete(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/series/{id}/publish")
	@Operation(summary = "Publish a series and its future occurrences")
	Envelope<SeriesPlanning.SeriesDetail> publishSeries(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		return Envelope.of(this.series.move(caller, id, ClubEvent.Publication.PUBLISHED, ifMatch));
	}

	@PostMapping("/series/{id}/cancel")
	@Operation(summary = "Cancel a series and its future occurrences")
	Envelope<SeriesPlanning.SeriesDetail> cancelSeries(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		return Envelope.of(this.series.move(caller, id, ClubEvent.Publication.CANCELLED, ifMatch));
	}

	@GetMapping("/notifications")
	@Operation(summary = "The notification queue, newest first",
			description = "Every notification made for members: pending (not yet due, or waiting for quiet hours "
					+ "to end), queued, sent, failed (retry it) or cancelled.")
	Envelope<List<MemberInbox.QueuedView>> notifications(Caller caller, PageQuery paging,
			@io.swagger.v3.oas.annotations.Parameter(description = "Only this status",
					schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = { "pending", "queued",
							"sent", "failed", "cancelled" })) @org.springframework.web.bind.annotation.RequestParam(
									required = false) @org.jspecify.annotations.Nullable String status) {
		ClubNotification.Status wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ClubNotification.Status.of(status.strip());
			}
			catch (IllegalArgumentException ex) {
				throw io.hearth.platform.ApiException.invalid("status",
						"must be one of pending, queued, sent, failed, cancelled");
			}
		}
		return Envelope.page(this.inbox.queue(caller, wanted, paging));
	}

	@GetMapping("/figures")
	@Operation(summary = "Upcoming events and favourites per venue, favourites per artist, mails per day",
			description = "Mails: notifications mailed (sent) and failed per UTC day over the last `days` days.")
	Envelope<ClubFigures.Figures> figures(Caller caller, @io.swagger.v3.oas.annotations.Parameter(
			description = "How many days of mail figures (1–90)") @org.springframework.web.bind.annotation.RequestParam(
					defaultValue = "30") int days) {
		return Envelope.of(this.figures.figures(caller, days));
	}

	@PostMapping("/notifications/{id}/retry")
	@Operation(summary = "Send a failed notification again")
	Envelope<MemberInbox.QueuedView> retry(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.inbox.retry(caller, id));
	}

	@GetMapping("/events")
	@Operation(summary = "Every event, drafts and cancelled ones included, latest start first")
	Envelope<List<ClubViews.EventDetail>> events(Caller caller, PageQuery paging) {
		return Envelope.page(this.planning.list(caller, paging));
	}

	@GetMapping("/events/{id}")
	@Operation(summary = "An event with all its texts and its publication")
	Envelope<ClubViews.EventDetail> event(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.planning.get(caller, id));
	}

	@PostMapping("/events")
	@Operation(summary = "Create an event, as a draft; its slug is made from the title and date when not given")
	ResponseEntity<Envelope<ClubViews.EventDetail>> createEvent(Caller caller,
			@Valid @RequestBody ClubRequests.EventWrite body) {
		ClubViews.EventDetail event = this.planning.create(caller, body);
		return ResponseEntity.created(URI.create("/api/v1/club/admin/events/" + event.id())).body(Envelope.of(event));
	}

	@PutMapping("/events/{id}")
	@Operation(summary = "Replace an event and all its texts and its bill")
	Envelope<ClubViews.EventDetail> updateEvent(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ClubRequests.EventWrite body, IfMatch ifMatch) {
		return Envelope.of(this.planning.update(caller, id, body, ifMatch));
	}

	@DeleteMapping("/events/{id}")
	@Operation(summary = "Delete an event (cancel a published one instead, so calendars are told)")
	ResponseEntity<Void> deleteEvent(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.planning.delete(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/events/{id}/publish")
	@Operation(summary = "Publish a draft: it enters the programme")
	Envelope<ClubViews.EventDetail> publish(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		return Envelope.of(this.planning.move(caller, id, ClubEvent.Publication.PUBLISHED, ifMatch));
	}

	@PostMapping("/events/{id}/unpublish")
	@Operation(summary = "Take a published event back to draft")
	Envelope<ClubViews.EventDetail> unpublish(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		return Envelope.of(this.planning.move(caller, id, ClubEvent.Publication.DRAFT, ifMatch));
	}

	@PostMapping("/events/{id}/cancel")
	@Operation(summary = "Cancel an event for good (it stays readable, with status cancelled)")
	Envelope<ClubViews.EventDetail> cancel(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		return Envelope.of(this.planning.move(caller, id, ClubEvent.Publication.CANCELLED, ifMatch));
	}

	@GetMapping("/venues")
	@Operation(summary = "Every venue, active or not, with all its texts")
	Envelope<List<ClubViews.VenueDetail>> venues(Caller caller, PageQuery paging) {
		return Envelope.page(this.staff.venues(caller, paging));
	}

	@GetMapping("/venues/{id}")
	@Operation(summary = "A venue with all its texts")
	Envelope<ClubViews.VenueDetail> venue(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.staff.venue(caller, id));
	}

	@PostMapping("/venues")
	@Operation(summary = "Create a venue; its name is required in the default language")
	ResponseEntity<Envelope<ClubViews.VenueDetail>> createVenue(Caller caller,
			@Valid @RequestBody ClubRequests.VenueWrite body) {
		ClubViews.VenueDetail venue = this.staff.createVenue(caller, body);
		return ResponseEntity.created(URI.create("/api/v1/club/admin/venues/" + venue.id())).body(Envelope.of(venue));
	}

	@PutMapping("/venues/{id}")
	@Operation(summary = "Replace a venue and all its texts (a language left out is removed)")
	Envelope<ClubViews.VenueDetail> updateVenue(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ClubRequests.VenueWrite body, IfMatch ifMatch) {
		return Envelope.of(this.staff.updateVenue(caller, id, body, ifMatch));
	}

	@DeleteMapping("/venues/{id}")
	@Operation(summary = "Delete a venue")
	ResponseEntity<Void> deleteVenue(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.staff.deleteVenue(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/artists")
	@Operation(summary = "Every artist, active or not, with all their biographies")
	Envelope<List<ClubViews.ArtistDetail>> artists(Caller caller, PageQuery paging) {
		return Envelope.page(this.staff.artists(caller, paging));
	}

	@GetMapping("/artists/{id}")
	@Operation(summary = "An artist with all their biographies")
	Envelope<ClubViews.ArtistDetail> artist(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.staff.artist(caller, id));
	}

	@PostMapping("/artists")
	@Operation(summary = "Create an artist")
	ResponseEntity<Envelope<ClubViews.ArtistDetail>> createArtist(Caller caller,
			@Valid @RequestBody ClubRequests.ArtistWrite body) {
		ClubViews.ArtistDetail artist = this.staff.createArtist(caller, body);
		return ResponseEntity.created(URI.create("/api/v1/club/admin/artists/" + artist.id()))
			.body(Envelope.of(artist));
	}

	@PutMapping("/artists/{id}")
	@Operation(summary = "Replace an artist and all their biographies and links")
	Envelope<ClubViews.ArtistDetail> updateArtist(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ClubRequests.ArtistWrite body, IfMatch ifMatch) {
		return Envelope.of(this.staff.updateArtist(caller, id, body, ifMatch));
	}

	@DeleteMapping("/artists/{id}")
	@Operation(summary = "Delete an artist")
	ResponseEntity<Void> deleteArtist(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.staff.deleteArtist(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
