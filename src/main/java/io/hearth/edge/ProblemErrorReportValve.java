package io.hearth.edge;

import java.io.IOException;

import io.hearth.platform.ErrorCodes;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The error body for what Tomcat refuses before any filter runs (an encoded {@code /} or
 * {@code \} in the path, {@code ..} above the root, a malformed request line): the same
 * problem JSON with a request id, instead of Tomcat's HTML page.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion
			.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	@Override
	protected void report(Request request, Response response, Throwable failure) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus shown = (known != null) ? known : HttpStatus.BAD_REQUEST;
		if (RequestIds.of(request) == null) {
			String id = RequestIds.newId();
			request.setAttribute(RequestIds.ATTRIBUTE, id);
			response.setHeader(RequestIds.HEADER, id);
		}
		String detail = (status == 400) ? "The request could not be parsed: its path or head is malformed"
				: shown.getReasonPhrase();
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			JSON.writeValue(response.getOutputStream(), ProblemResponses.problem(request, shown,
					(status == 400) ? ErrorCodes.MALFORMED_REQUEST : ErrorCodes.forStatus(shown), detail, null));
			response.finishResponse();
		}
		catch (IOException | RuntimeException ex) {
			// the client went away: nothing left to tell it
		}
	}

	/**
	 * Puts this valve in place of the host's error report valve once the context has
	 * started, whichever order Boot's own customizers ran in.
	 */
	static TomcatContextCustomizer installer() {
		return (context) -> context.addLifecycleListener((event) -> {
			if (!Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
				return;
			}
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemErrorReportValve());
		});
	}

}
