package io.hearth.files;

import java.util.Optional;

/**
 * The image formats accepted, recognised by their first bytes whatever the file is
 * called.
 */
enum ImageType {

	JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp");

	final String contentType;

	ImageType(String contentType) {
		this.contentType = contentType;
	}

	static Optional<ImageType> sniff(byte[] head, int length) {
		if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
				&& head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
			return Optional.of(PNG);
		}
		if (length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8'
				&& (head[4] == '7' || head[4] == '9') && head[5] == 'a') {
			return Optional.of(GIF);
		}
		if (length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
				&& head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

}
