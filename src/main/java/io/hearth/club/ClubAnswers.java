package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.platform.ChangeCounters;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The club's public answers, kept made: a public read is the same for everyone who asks
 * it (the caller changes only its caching headers), so its body and ETag are made once
 * and served, a {@code 304} included, without the database. An entry is keyed by the
 * club's change counter, which every change to what readers see moves after it commits
 * (across instances with Redis), and lives {@value #SECONDS} s at most, because a status
 * ({@code live}, {@code ended}) and "from now" move with the clock. Anonymous answers
 * already say {@code Cache-Control: public, max-age=60}, so nothing is staler than what a
 * shared cache may keep anyway.
 */
@Component
class ClubAnswers {

	static final String COUNTER = "club";

	static final int SECONDS = 30;

	/** Characters kept in all: some tens of MB, whatever the variety of queries. */
	static final long MOST = 16_000_000;

	/** What a page's values weigh, about: 25 events' views. */
	private static final int PAGE_WEIGHT = 40_000;

	private final Cache<String, Answer> answers = Caffeine.newBuilder()
		.maximumWeight(MOST)
		.weigher((String key, Answer answer) -> key.length() + answer.weight())
		.expireAfterWrite(Duration.ofSeconds(SECONDS))
		.build();

	private final ChangeCounters counters;

	private final JsonMapper json;

	ClubAnswers(ChangeCounters counters, JsonMapper json) {
		this.counters = counters;
		this.json = json;
	}

	/**
	 * @param body what is written: JSON's bytes, or a calendar's or feed's text
	 */
	private record Answer(Object body, String etag, int weight) {
	}

	/**
	 * A JSON answer of this address, made by {@code body} when not kept. It is kept as
	 * the bytes the application's mapper writes for it, so serving it again copies them
	 * instead of serialising the views again (which cost a kept programme page more than
	 * the rest of its request). The controller still declares the views' type, which its
	 * OpenAPI description shows; the body at run time is {@code byte[]}, written as it is
	 * by Spring's byte-array converter (before Jackson in the converters' order) under
	 * the {@code Content-Type} set here.
	 */
	<T> ResponseEntity<T> json(WebRequest request, String language, Supplier<T> body) {
		Answer answer = answer(request, language, () -> this.json.writeValueAsBytes(body.get()));
		@SuppressWarnings("unchecked")
		T written = (T) answer.body();
		return ClubCaching.headers(request, language, answer.etag())
			.contentType(MediaType.APPLICATION_JSON)
			.body(written);
	}

	/** A text answer (a calendar, a feed) of this address. */
	ResponseEntity<String> text(WebRequest request, String language, MediaType type, Supplier<String> body) {
		Answer answer = answer(request, language, body::get);
		return ClubCaching.headers(request, language, answer.etag()).contentType(type).body((String) answer.body());
	}

	/**
	 * What a public page shows for {@code key} (its filters and the reader's zone), made
	 * by {@code body} when not kept: the page is still rendered per request (it carries
	 * the reader's session and token), but not read from the database again.
	 */
	<T> T value(String key, String language, Supplier<T> body) {
		Answer answer = this.answers.get(this.counters.current(COUNTER) + "|" + language + "|page:" + key,
				(k) -> new Answer(body.get(), "", PAGE_WEIGHT));
		@SuppressWarnings("unchecked")
		T kept = (T) answer.body();
		return kept;
	}

	/** What readers see changed: kept answers are not served again once this commits. */
	void changed() {
		this.counters.bumpAfterCommit(COUNTER);
	}

	private Answer answer(WebRequest request, String language, Supplier<Object> body) {
		HttpServletRequest http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		String address = (http != null)
				? http.getRequestURI() + "?" + ((http.getQueryString() != null) ? http.getQueryString() : "")
				: request.getDescription(false);
		String key = this.counters.current(COUNTER) + "|" + language + "|" + address;
		return this.answers.get(key, (k) -> {
			Object made = body.get();
			String text = (made instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
					: String.valueOf(made);
			return new Answer(made, ClubCaching.etag(language, text), text.length());
		});
	}

}
