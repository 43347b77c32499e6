package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue is read once at start-up; serving pages must not touch the database at all. */
@WebTest
class NoSqlOnPageViewTest {

    @Autowired
    Site site;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void servingEveryPageTypeRunsNoSqlStatement() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();

        for (String path : List.of("/", "/roles", "/roles/ml-engineer", "/roles/ai-engineer", "/sources",
                "/roles/unknown", "/no/such/page",
                "/roles/ml-engineer/alternatives", "/roles/data-scientist/alternatives", "/pick",
                "/pick?interest=data-quality&strength=mathematics&tool=kubernetes&lean=production", "/pick?interest=nope",
                "/compare", "/compare/ml-engineer-vs-backend-engineer",
                "/compare?roles=ml-engineer,data-engineer,ai-engineer", "/compare?roles=ml-engineer",
                "/roles?tool=kubernetes&language=python&skill=ci-cd&minSalary=100000&q=k8s+cloud",
                "/roles?tool=kubernets", "/skills", "/skills/mlops", "/skills/unknown", "/tools", "/tools/kubernetes",
                "/tools/unknown")) {
            assertThat(site.get(path).body()).as(path).isNotBlank();
        }

        assertThat(statistics.getPrepareStatementCount()).as("SQL statements prepared while serving pages").isZero();
        assertThat(statistics.getEntityLoadCount()).isZero();
    }
}
