package io.hearth.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Image work through maintained libraries: ImageIO with the TwelveMonkeys plugins to read
 * (WebP included), metadata-extractor for the EXIF orientation, Thumbnailator to scale
 * and encode. Encoding anew is what drops EXIF (location included) from everything
 * served.
 */
final class Images {

	private Images() {
	}

	/** Width and height from the header, without decoding the pixels. */
	static int[] dimensions(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IOException("no decoder for this image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
	}

	static BufferedImage decodeUpright(byte[] bytes) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		if (image == null) {
			throw new IOException("the image could not be decoded");
		}
		return orient(image, orientation(bytes));
	}

	/**
	 * Fits inside {@code box}×{@code box} without enlarging; JPEG unless the image has
	 * transparency.
	 */
	static Encoded encode(BufferedImage image, int box) throws IOException {
		boolean alpha = image.getColorModel().hasAlpha();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		double scale = Math.min(1.0, (double) box / Math.max(image.getWidth(), image.getHeight()));
		var builder = Thumbnails.of(image).scale(scale).outputFormat(alpha ? "png" : "jpg");
		if (!alpha) {
			builder.outputQuality(0.86);
		}
		builder.toOutputStream(out);
		byte[] bytes = out.toByteArray();
		int[] size = dimensions(bytes);
		return new Encoded(bytes, alpha ? "image/png" : "image/jpeg", size[0], size[1]);
	}

	private static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (ImageProcessingException | IOException | MetadataException ex) {
			// no readable EXIF: the image is shown as stored
		}
		return 1;
	}

	/**
	 * Applies EXIF orientation 2–8 (mirror and/or rotate) so the pixels stand upright.
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.concatenate(new AffineTransform(-1, 0, 0, 1, w, 0));
			case 3 -> t.concatenate(new AffineTransform(-1, 0, 0, -1, w, h));
			case 4 -> t.concatenate(new AffineTransform(1, 0, 0, -1, 0, h));
			case 5 -> t.concatenate(new AffineTransform(0, 1, 1, 0, 0, 0));
			case 6 -> t.concatenate(new AffineTransform(0, 1, -1, 0, h, 0));
			case 7 -> t.concatenate(new AffineTransform(0, -1, -1, 0, h, w));
			case 8 -> t.concatenate(new AffineTransform(0, -1, 1, 0, 0, w));
			default -> {
			}
		}
		boolean swap = orientation >= 5;
		BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.drawImage(image, new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR), 0, 0);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	record Encoded(byte[] bytes, String contentType, int width, int height) {
	}

}
