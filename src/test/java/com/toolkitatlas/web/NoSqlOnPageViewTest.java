package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is read once at start-up; rendering pages must not touch the database at
 * all.
 */
@WebTest
class NoSqlOnPageViewTest {

	@Autowired
	Site site;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PageCache pageCache;

	@Test
	void servingEveryPageTypeRunsNoSqlStatement() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(statistics.isStatisticsEnabled()).isTrue();
		statistics.clear();
		pageCache.clear();

		for (PageType type : PageType.values()) {
			assertThat(site.get(type.path()).body()).as(type.name()).isNotBlank();
		}
		// Answers that are not one of the page types: refusals, redirects and problem
		// pages.
		for (String path : List.of("/pick?interest=nope", "/compare?roles=ml-engineer", "/roles?tool=kubernets",
				"/skills/unknown", "/tools/unknown", "/no/such/page", "/api/roles/unknown")) {
			assertThat(site.get(path).status()).as(path).isGreaterThanOrEqualTo(300);
		}

		assertThat(statistics.getPrepareStatementCount()).as("SQL statements prepared while serving pages").isZero();
		assertThat(statistics.getEntityLoadCount()).isZero();
	}

}
