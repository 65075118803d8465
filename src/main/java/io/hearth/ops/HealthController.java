package io.hearth.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/health")
@Tag(name = "Health", description = "Liveness of the process and of what it depends on")
class HealthController {

	private final HealthChecks checks;

	private final Clock clock;

	private final String version;

	private final ApplicationAvailability availability;

	HealthController(HealthChecks checks, Clock clock, ObjectProvider<BuildProperties> build,
			ApplicationAvailability availability) {
		this.checks = checks;
		this.availability = availability;
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "dev";
	}

	@GetMapping
	@Operation(summary = "The process is up and has finished starting",
			description = "Touches no dependency; for load balancers. 503 until start-up work (migrations, the bootstrap admin) is done.")
	Envelope<Status> health() {
		if (this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			// Boot moves to ACCEPTING_TRAFFIC only after every ApplicationRunner has run
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "Hearth is still starting");
		}
		return Envelope.of(new Status("ok", this.version, now()));
	}

	@GetMapping("/db")
	@Operation(summary = "The database answers", description = "503 in the error body when it does not.")
	Envelope<Database> database() {
		HealthChecks.Component database = this.checks.database();
		if (!database.up()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "The database is unavailable");
		}
		return Envelope.of(new Database("ok", database.latencyMs(), String.valueOf(database.info().get("product")),
				String.valueOf(database.info().get("schema_version")), now()));
	}

	/** The database's answer: which product and which migration the schema is at. */
	record Database(String status, double latencyMs, String product, String schemaVersion, Instant timestamp) {
	}

	@GetMapping("/full")
	@Operation(summary = "Every dependency",
			description = "status is ok when every component is, degraded otherwise (still 200, with each component's state).")
	Envelope<Full> full() {
		Map<String, HealthChecks.Component> components = new LinkedHashMap<>();
		components.put("database", this.checks.database());
		HealthChecks.Component redis = this.checks.redis();
		if (redis != null) {
			components.put("redis", redis);
		}
		components.put("storage", this.checks.storage());
		components.put("ai", this.checks.ai());
		boolean allUp = components.values().stream().allMatch(HealthChecks.Component::up);
		return Envelope.of(new Full(allUp ? "ok" : "degraded", this.version, now(), components));
	}

	private Instant now() {
		return this.clock.instant();
	}

	record Status(String status, String version, Instant timestamp) {
	}

	record Full(String status, String version, Instant timestamp, Map<String, HealthChecks.Component> components) {
	}

}
