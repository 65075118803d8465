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

/** The staff's side of the club: venues and artists with every language at once. */
@RestController
@RequestMapping("/api/v1/club/admin")
@Tag(name = "Club staff", description = "Venues and artists as staff write them (role staff or admin)")
class ClubAdminController {

	private final ClubStaff staff;

	ClubAdminController(ClubStaff staff) {
		this.staff = staff;
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
