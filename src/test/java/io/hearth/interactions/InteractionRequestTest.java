package io.hearth.interactions;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a whole interaction can tell, without Spring. */
class InteractionRequestTest {

	private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

	@Test
	void shouldAcceptAKnownTypeAZoneAndAnEndAfterTheStart() {
		InteractionRequest request = request("call", "Europe/Rome", START.plusHours(1));
		assertThat(problems(request)).isEmpty();
		assertThat(request.values().type()).isEqualTo(InteractionType.CALL);
		assertThat(request.values().startAt()).isEqualTo(START.toInstant());
	}

	@Test
	void shouldNameEachFieldThatBreaksARule() {
		assertThat(problems(request("party", "Mars/Olympus", START))).containsOnlyKeys("type", "timezone", "end_at");
		assertThat(problems(request("Meeting", "UTC", START.minusMinutes(1)))).containsOnlyKeys("end_at");
	}

	@Test
	void shouldTrimTextAndTurnBlankIntoNothing() {
		InteractionRequest request = new InteractionRequest("  Call  ", "Call", " Ada ", START, null, "UTC", "   ",
				null, "");
		assertThat(request.title()).isEqualTo("Call");
		assertThat(request.lead()).isEqualTo("Ada");
		assertThat(request.location()).isNull();
		assertThat(request.notes()).isNull();
	}

	@Test
	void shouldRoundTripTheStoredValuesAsTheBodyThatMadeThem() {
		InteractionValues values = request("Email", "UTC", START.plusDays(1)).values();
		assertThat(InteractionRequest.of(values).values()).isEqualTo(values);
	}

	private static InteractionRequest request(String type, String zone, OffsetDateTime end) {
		return new InteractionRequest("Call", type, "Ada", START, end, zone, null, null, null);
	}

	private static Map<String, List<String>> problems(InteractionRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		request.problems(errors);
		return errors;
	}

}
