package com.toolkitatlas;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.AtlasPostgres;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.Site;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The whole application with the {@code postgres} profile on a real PostgreSQL server
 * (embedded binaries, PostgreSQL 18): the migrations run there, the catalogue read back
 * through JPA is the same as on H2, and every page type renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import({ Site.class, PostgresApplicationTest.Server.class })
@DirtiesContext
@Tag("application")
class PostgresApplicationTest {

	private static final EmbeddedPostgres POSTGRES = AtlasPostgres.start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		AtlasPostgres.connect(registry, "localhost", POSTGRES.getPort());
	}

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theMigrationsRanOnPostgresql() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(18);
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// A new database: built by the baseline migration (BaselineMigrationTest), then
		// any
		// later versioned migration.
		assertThat(jdbc.queryForList("select type from flyway_schema_history where success order by installed_rank",
				String.class))
			.startsWith("SQL_BASELINE");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from role", Integer.class)).isEqualTo(catalogue.roles().size())
			.isPositive();
	}

	/**
	 * The application does not validate its entities against the schema at start-up
	 * (operations.BackgroundMigration): this does, on PostgreSQL.
	 */
	@Test
	void everyEntityMatchesTheMigratedSchema() {
		assertThatCode(() -> entityManagerFactory.getSchemaManager().validate()).doesNotThrowAnyException();
	}

	@Test
	void theCatalogueReadBackFromPostgresqlIsTheSameAsOnH2() {
		// As arguments: default properties would give way to application.yaml's
		// database, the one every other test context of this JVM shares.
		try (ConfigurableApplicationContext h2 = new SpringApplicationBuilder(ToolkitAtlasApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:atlas-reference", "--server.port=0",
				"--spring.main.banner-mode=off")) {
			Catalogue reference = h2.getBean(Catalogue.class);

			assertThat(catalogue.roles()).hasSameSizeAs(reference.roles());
			for (int i = 0; i < reference.roles().size(); i++) {
				// Role by role, so that a difference names its role; records compare
				// every field, texts,
				// salaries, skills, tools and languages included.
				assertThat(catalogue.roles().get(i)).as(reference.roles().get(i).slug())
					.isEqualTo(reference.roles().get(i));
			}
			assertThat(catalogue.skills()).isEqualTo(reference.skills());
			assertThat(catalogue.tools()).isEqualTo(reference.tools());
			assertThat(catalogue.languages()).isEqualTo(reference.languages());
			assertThat(catalogue.sources()).isEqualTo(reference.sources());
			assertThat(catalogue.skillCategories()).isEqualTo(reference.skillCategories());
			assertThat(catalogue.toolCategories()).isEqualTo(reference.toolCategories());
			assertThat(catalogue.costModels()).isEqualTo(reference.costModels());
			assertThat(catalogue.pairs()).isNotEmpty().isEqualTo(reference.pairs());
		}
	}

	@Test
	void everyPageTypeRenders() {
		for (PageType type : PageType.values()) {
			Page page = site.get(type.path());
			assertThat(page.status()).as(type.name()).isEqualTo(type.status());
			assertThat(page.h1()).as(type.name()).isNotBlank();
			assertThat(page.header("Content-Security-Policy")).as(type.name()).isNotNull();
		}
		Page profile = site.get("/roles/ml-engineer");
		assertThat(profile.h1()).isEqualTo("Machine Learning Engineer");
		assertThat(profile.text()).contains("PyTorch", "Python");
		assertThat(site.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	/**
	 * Stops the server with the application context, after the connection pool has
	 * closed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Server {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() {
			return POSTGRES;
		}

	}

}
