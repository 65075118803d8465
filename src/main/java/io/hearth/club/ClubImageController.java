package io.hearth.club;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The staff's picture uploads: a venue's hero and gallery, an artist's, a poster. */
@RestController
@RequestMapping("/api/v1/club/admin")
@Tag(name = "Club staff")
class ClubImageController {

	private final ClubImages images;

	ClubImageController(ClubImages images) {
		this.images = images;
	}

	@GetMapping("/{owner}/{id}/images")
	@Operation(summary = "A venue's, artist's or event's pictures, with signed URLs of their variants")
	Envelope<ClubImages.Images> images(Caller caller,
			@Parameter(
					schema = @Schema(allowableValues = { "venues", "artists", "events" })) @PathVariable String owner,
			@PathVariable UUID id) {
		return Envelope.of(this.images.of(caller, owner(owner), id));
	}

	@PostMapping(path = "/{owner}/{id}/images/{role}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Upload a picture (multipart part image): hero or gallery of a venue, profile of an artist, poster of an event",
			description = "JPEG, PNG, GIF or WebP, judged by its bytes; hero, profile and poster replace the one there, "
					+ "gallery adds one (at most 24). Variants are made in the background.")
	ResponseEntity<Envelope<ClubImages.Images>> upload(Caller caller,
			@Parameter(
					schema = @Schema(allowableValues = { "venues", "artists", "events" })) @PathVariable String owner,
			@PathVariable UUID id,
			@Parameter(schema = @Schema(
					allowableValues = { "hero", "gallery", "profile", "poster" })) @PathVariable String role,
			MultipartHttpServletRequest request) throws IOException {
		ClubImages.Owner kind = owner(owner);
		ClubImages.Role where = role(role);
		MultipartFile image = request.getFile("image");
		if (image == null || image.isEmpty()) {
			throw ApiException.invalid("image", "is required: one file in the part named image");
		}
		try (InputStream in = image.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Envelope.of(this.images.upload(caller, kind, id, where, in)));
		}
	}

	@DeleteMapping("/{owner}/{id}/images/{fileId}")
	@Operation(summary = "Take a picture off; its files are deleted in the background")
	Envelope<ClubImages.Images> remove(Caller caller,
			@Parameter(
					schema = @Schema(allowableValues = { "venues", "artists", "events" })) @PathVariable String owner,
			@PathVariable UUID id, @PathVariable UUID fileId) {
		return Envelope.of(this.images.remove(caller, owner(owner), id, fileId));
	}

	private static ClubImages.Owner owner(String owner) {
		return switch (owner) {
			case "venues" -> ClubImages.Owner.VENUE;
			case "artists" -> ClubImages.Owner.ARTIST;
			case "events" -> ClubImages.Owner.EVENT;
			default -> throw ApiException.notFound("Image owner");
		};
	}

	private static ClubImages.Role role(String role) {
		try {
			return ClubImages.Role.valueOf(role.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.notFound("Image role");
		}
	}

}
