package io.hearth.platform;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search adapter the database calls for (see {@link TextSearch}). */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	/**
	 * Chosen from the JDBC URL, not a connection: the application starts (and answers
	 * 503) while the database is down.
	 */
	@Bean
	TextSearch textSearch(DataSource dataSource, Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "jdbc:h2:");
		String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql"
				: url.startsWith("jdbc:mariadb:") ? "mariadb" : url.startsWith("jdbc:mysql:") ? "mysql" : "h2";
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		SearchVocabulary vocabulary = new SearchVocabulary(jdbc, vendor);
		// how many postings make a token common: only tests lower it, to take the
		// common-word plan on a small data set
		int common = environment.getProperty("hearth.search.common-postings", Integer.class, PostingsTextSearch.COMMON);
		return "postgresql".equals(vendor) ? new PostgresTextSearch(vocabulary)
				: new PostingsTextSearch(jdbc, vocabulary, common);
	}

}
