package io.hearth.club;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.hearth.identity.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every club page has around its content: the club language it is written in (the
 * page's locale among the club's languages), the {@code hreflang} alternates of its
 * address, the theme stylesheet, whether the reader is staff; and the reader's time zone.
 */
@Component
class ClubPageFrame {

	private final ClubLanguages languages;

	private final Membership membership;

	private final ClubProperties properties;

	ClubPageFrame(ClubLanguages languages, Membership membership, ClubProperties properties) {
		this.languages = languages;
		this.membership = membership;
		this.properties = properties;
	}

	/**
	 * The club language of the page and what every club page shows: the language
	 * alternates of this address, the theme stylesheet, who is signed in.
	 */
	String common(@Nullable Caller caller, Locale locale, HttpServletRequest request, Model model) {
		String language = this.languages.resolve(locale.getLanguage(), null);
		Map<String, String> alternates = new LinkedHashMap<>();
		for (String other : this.languages.all()) {
			alternates.put(other,
					UriComponentsBuilder.fromUriString(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam("lang", other)
						.build()
						.toUriString());
		}
		model.addAttribute("alternates", alternates);
		model.addAttribute("clubLanguage", language);
		model.addAttribute("clubTheme", true);
		model.addAttribute("here", request.getRequestURI());
		model.addAttribute("staff", caller != null && ClubAudit.isStaff(caller));
		return language;
	}

	/** The reader's zone: asked for, else the member's own, else none. */
	@Nullable ZoneId reader(@Nullable Caller caller, @Nullable String tz) {
		if (tz != null && !tz.isBlank()) {
			try {
				return ZoneId.of(tz.strip());
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		if (caller != null) {
			return this.membership.member(caller.id()).zone(this.properties.timeZone());
		}
		return null;
	}

}
