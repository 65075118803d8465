package io.hearth.club;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Atom feed (RFC 4287) of the events published most recently, in one language, for
 * feed readers: written with the JDK's streaming XML writer, which does the escaping.
 */
@Service
@Transactional(readOnly = true)
class ClubAtomFeed {

	static final int MOST = 50;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final ClubEvents events;

	private final Venues venues;

	private final ClubLanguages languages;

	private final ClubMarkdown markdown;

	private final ClubProperties properties;

	private final Clock clock;

	ClubAtomFeed(ClubEvents events, Venues venues, ClubLanguages languages, ClubMarkdown markdown,
			ClubProperties properties, Clock clock) {
		this.events = events;
		this.venues = venues;
		this.languages = languages;
		this.markdown = markdown;
		this.properties = properties;
		this.clock = clock;
	}

	String feed(String language) {
		List<ClubEvent> rows = this.events.findBy(
				(root, query, cb) -> cb.and(cb.equal(root.get("publication"), ClubEvent.Publication.PUBLISHED.value()),
						cb.isFalse(root.get("unlisted")), cb.isNotNull(root.get("publishedAt"))),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "publishedAt", "id")).limit(MOST).all());
		Map<UUID, Venue> venuesById = this.venues
			.findAllById(rows.stream().map(ClubEvent::venueId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Venue::id, Function.identity()));
		String self = this.properties.publicUrl() + "/api/v1/club/feed.atom?lang=" + language;
		Instant updated = rows.isEmpty() ? this.clock.instant().truncatedTo(ChronoUnit.DAYS)
				: published(rows.getFirst());
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml:lang", language);
			text(xml, "id", self);
			text(xml, "title", "The Dreamer's Cave");
			text(xml, "updated", stamp(updated));
			link(xml, "self", self, "application/atom+xml");
			xml.writeStartElement("author");
			text(xml, "name", "The Dreamer's Cave");
			xml.writeEndElement();
			for (ClubEvent event : rows) {
				entry(xml, event, venuesById.get(event.venueId()), language);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The Atom feed could not be written", ex);
		}
		return out.toString();
	}

	private void entry(XMLStreamWriter xml, ClubEvent event, @Nullable Venue venue, String language)
			throws XMLStreamException {
		ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
		String title = (text != null) ? text.text().title() : event.slug();
		String where = "";
		if (venue != null) {
			ClubLanguages.Chosen<Venue.Text> name = this.languages.pick(venue.texts(), language);
			where = (name != null) ? name.text().name() : venue.slug();
		}
		xml.writeStartElement("entry");
		text(xml, "id", "urn:uuid:" + event.id());
		text(xml, "title", title);
		text(xml, "published", stamp(published(event)));
		text(xml, "updated", stamp(event.updatedAt()));
		link(xml, "alternate",
				this.properties.publicUrl() + "/api/v1/club/events/" + event.slug() + "?lang=" + language,
				"application/json");
		xml.writeStartElement("category");
		xml.writeAttribute("term", event.type().value());
		xml.writeEndElement();
		text(xml, "summary", where + " — " + event.startsAt().atZone(event.timeZone()).toOffsetDateTime());
		String html = (text != null) ? this.markdown.html(text.text().description()) : null;
		if (html != null) {
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(html);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static Instant published(ClubEvent event) {
		// the query keeps only published ones
		Instant at = event.publishedAt();
		return (at != null) ? at : event.updatedAt();
	}

	private static String stamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
