package io.hearth.platform;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches Hibernate the PostgreSQL full-text match, so that search stays a Criteria
 * predicate combinable with every other filter: {@code hearth_fts(<x>_terms, query)}
 * renders as {@code <x>_vector @@ to_tsquery('simple', query)} on the same row, where
 * {@code <x>_vector} is the stored, GIN-indexed {@code tsvector} the database generates
 * from {@code <x>_terms} (migration {@code postgresql/V13}). Entities never map the
 * vector: they name the terms column, which every database has. Registered in
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions functions) {
		if (!(functions.getDialect() instanceof PostgreSQLDialect)) {
			return;
		}
		var bool = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
		functions.getFunctionRegistry()
			.register(PostgresTextSearch.FUNCTION,
					new AbstractSqmSelfRenderingFunctionDescriptor(PostgresTextSearch.FUNCTION,
							StandardArgumentsValidators.exactly(2), StandardFunctionReturnTypeResolvers.invariant(bool),
							null) {
						@Override
						public void render(SqlAppender sql, List<? extends SqlAstNode> arguments,
								ReturnableType<?> type, SqlAstTranslator<?> walker) {
							ColumnReference terms = ((Expression) arguments.get(0)).getColumnReference();
							if (terms == null || !terms.getColumnExpression().endsWith("_terms")) {
								throw new IllegalArgumentException(
										PostgresTextSearch.FUNCTION + " takes a *_terms column");
							}
							String column = terms.getColumnExpression();
							sql.append("(");
							if (terms.getQualifier() != null) {
								sql.append(terms.getQualifier());
								sql.append('.');
							}
							sql.append(column.substring(0, column.length() - "_terms".length()) + "_vector");
							sql.append(" @@ to_tsquery('simple', ");
							arguments.get(1).accept(walker);
							sql.append("))");
						}
					});
	}

}
