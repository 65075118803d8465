package io.hearth.edge;

import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import io.hearth.platform.Problem;
import io.hearth.platform.ResolvedArguments;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: every operation lists the error responses it can give, all in the
 * one problem body, and list operations show their paging parameters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiConfiguration {

	private static final Map<String, String> ERRORS = Map.of("400", "Malformed request (MALFORMED_REQUEST)", "401",
			"Missing or invalid access token (UNAUTHENTICATED)", "403", "Not allowed (FORBIDDEN)", "404",
			"No such resource, or not visible to the caller (NOT_FOUND)", "409",
			"Conflicts with existing data (CONFLICT)", "412",
			"If-Match did not match the current ETag (PRECONDITION_FAILED)", "422",
			"Invalid fields or parameters, listed in errors (VALIDATION_FAILED)", "429",
			"Too many requests; see Retry-After (RATE_LIMITED)", "500", "Unexpected error (INTERNAL_ERROR)", "503",
			"A dependency such as the database is down (UNAVAILABLE)");

	/**
	 * Schemas with the same snake_case names the JSON has (swagger-core resolves models
	 * with Jackson 2).
	 */
	@Bean
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
			.openapi31(true);
	}

	@Bean
	OpenAPI hearthOpenApi(ModelResolver resolver, ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		ModelConverters converters = new ModelConverters();
		converters.addConverter(resolver);
		Schema<?> problem = converters.readAllAsResolvedSchema(Problem.class).schema;
		return new OpenAPI()
			.info(new Info().title("Hearth API")
				.version((properties != null) ? properties.getVersion() : "dev")
				.description("""
						Success bodies are {"success": true, "data": ..., "meta": {...}}; every error is \
						application/problem+json with success=false, a stable code and the request_id. \
						Field names are snake_case, timestamps ISO-8601 UTC, ids UUIDv7."""))
			.components(new Components().addSchemas("Problem", problem)
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	@Bean
	OperationCustomizer pagingParameters() {
		return ResolvedArguments.documented(PageQuery.class,
				ResolvedArguments.query("page", "1-based page number (default 1)",
						new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_PAGE))),
				ResolvedArguments.query("per_page", "Items per page (default 25, at most 100)",
						new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(100))),
				ResolvedArguments.query("cursor",
						"Keyset paging: empty for the first page, then meta.pagination.next_cursor",
						new StringSchema()));
	}

	@Bean
	OperationCustomizer ifMatchHeader() {
		return ResolvedArguments.documented(IfMatch.class, ResolvedArguments.header("If-Match",
				"The ETag last read; a stale one is a 412 (absent or * skips the check)", new StringSchema()));
	}

	@Bean
	OperationCustomizer errorResponses() {
		return (operation, handler) -> {
			Content problem = new Content().addMediaType(
					org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
			ERRORS.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach((error) -> operation.getResponses()
					.putIfAbsent(error.getKey(), new ApiResponse().description(error.getValue()).content(problem)));
			return operation;
		};
	}

}
