package io.hearth.platform;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search adapter the database calls for (see {@link TextSearch}). */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	TextSearch textSearch(DataSource dataSource) {
		String vendor = DatabaseConfiguration.vendor(dataSource);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		SearchVocabulary vocabulary = new SearchVocabulary(jdbc, vendor);
		return "postgresql".equals(vendor) ? new PostgresTextSearch(vocabulary)
				: new PostingsTextSearch(jdbc, vocabulary);
	}

}
