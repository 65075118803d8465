package io.hearth.club;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Staff write descriptions in Markdown; readers get them as HTML that can be put into a
 * page as it is: rendered by CommonMark, then sanitised by the OWASP sanitiser
 * (formatting, blocks, lists, tables, http/https/mailto links only, with
 * {@code rel="nofollow
 * noopener"}; no script, style, image or event handler survives).
 */
@Component
class ClubMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	// raw HTML in the source is escaped at render time; the sanitiser is the real fence
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "pre", "code", "hr")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener")
			.toFactory());

	/**
	 * Rendered descriptions by their source: the same few hundred descriptions are shown
	 * on every programme page, and parsing plus sanitising one costs more than the rest
	 * of its event's view. Kept by weight (characters), whatever the number of events.
	 */
	private final Cache<String, String> rendered = Caffeine.newBuilder()
		.maximumWeight(8_000_000)
		.weigher((String source, String html) -> source.length() + html.length())
		.build();

	@Nullable String html(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return null;
		}
		return this.rendered.get(markdown, (source) -> POLICY.sanitize(RENDERER.render(PARSER.parse(source))));
	}

}
