package io.hearth.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hearth.support.ApiSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document equals the committed snapshot the client in
 * {@code GeneratedClientSystemTest} is generated from, so that client is always made from
 * what the server really publishes. After an API change, refresh the snapshot with
 * {@code -Dhearth.openapi.update=true}.
 */
@io.hearth.support.DatabaseIndependent
class OpenApiSnapshotSystemTest extends ApiSystemTest {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/hearth.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void shouldPublishTheDocumentTheGeneratedClientIsMadeFrom() throws Exception {
		JsonNode live = JSON.readTree(this.api.get("/api/v1/openapi.json").body());
		// the server list names this test's random port
		((ObjectNode) live).remove("servers");
		String published = JSON.writeValueAsString(live) + "\n";
		if (Boolean.getBoolean("hearth.openapi.update")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, published);
		}
		assertThat(Files.readString(SNAPSHOT))
			.as("the committed OpenAPI snapshot; refresh it with -Dhearth.openapi.update=true")
			.isEqualTo(published);
	}

}
