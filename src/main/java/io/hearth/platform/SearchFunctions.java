package io.hearth.platform;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches Hibernate the PostgreSQL full-text match, so that search stays a Criteria
 * predicate combinable with every other filter. Written exactly as the GIN index's
 * expression, so the planner uses the index. Registered in
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		if (!(functions.getDialect() instanceof PostgreSQLDialect)) {
			return;
		}
		functions.getFunctionRegistry()
			.patternDescriptorBuilder(PostgresTextSearch.FUNCTION,
					"(to_tsvector('simple', ?1) @@ to_tsquery('simple', ?2))")
			.setInvariantType(
					functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
			.setExactArgumentCount(2)
			.register();
	}

}
