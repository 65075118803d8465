package io.hearth.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Formats the pages call as {@code @pageFormats}: instants as minutes in UTC, said so,
 * until the pages know the user's zone, and links to another page of the list shown.
 */
@Component("pageFormats")
public class PageFormats {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	public String time(@Nullable Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "—";
	}

	/** The instant as the wall-clock time of {@code zone} (an interaction's own). */
	public String local(@Nullable Instant instant, String zone) {
		if (instant == null) {
			return "—";
		}
		try {
			return LOCAL.format(instant.atZone(java.time.ZoneId.of(zone)));
		}
		catch (java.time.DateTimeException ex) {
			return MINUTES.format(instant);
		}
	}

	/**
	 * This address with its query as asked and {@code page} set to {@code number}: a
	 * pager keeps every filter and order without each template listing them. Built from
	 * the decoded parameters and encoded afresh, so no input can make it an invalid URI.
	 */
	public String pageLink(int number) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder link = UriComponentsBuilder
			.fromPath(request.getContextPath() + PATHS.getPathWithinApplication(request));
		// a form's fields (and its CSRF token) are never copied into a link
		if ("GET".equals(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> {
				if (!name.equals("page")) {
					link.queryParam(name, (Object[]) values);
				}
			});
		}
		return link.queryParam("page", number).build().encode().toUriString();
	}

}
