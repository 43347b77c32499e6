package com.toolkitatlas.home;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import com.toolkitatlas.web.English;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class HomePageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void showsEveryRoleAsACardLinkingToItsProfile() {
		Page home = site.get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.h1())
			.isEqualTo("Compare " + English.number(catalogue.roles().size()) + " engineering career toolkits");
		List<Element> cards = home.document().select(".role-card");
		assertThat(cards).extracting(card -> card.selectFirst("h3").text())
			.containsExactly("Machine Learning Engineer", "Backend Engineer", "Data Engineer", "DevOps Engineer",
					"Data Scientist", "AI Engineer");
		assertThat(cards).extracting(card -> card.selectFirst("h3 a").attr("href"))
			.containsExactly("/roles/ml-engineer", "/roles/backend-engineer", "/roles/data-engineer",
					"/roles/devops-engineer", "/roles/data-scientist", "/roles/ai-engineer");
	}

	@Test
	void eachCardShowsFocusPayBandWithItsBasisAndSourceAndTopSkills() {
		Element ml = site.get("/").document().select(".role-card").first();

		assertThat(ml.text()).contains("Focus", "Deploying and running ML models in production")
			.contains("$160k–$250k", "base salary range, US")
			.contains("Source: Undated comparison article")
			.contains("Top skills", "MLOps", "Deep learning");
		assertThat(ml.select(".tags li")).extracting(Element::text)
			.containsExactlyElementsOf(catalogue.role("ml-engineer")
				.orElseThrow()
				.topSkills()
				.stream()
				.map(link -> link.skill().name())
				.toList());
	}

	@Test
	void payAtAGlanceDrawsEveryHeadlineFigureWithItsBasisOnOneScale() {
		Page home = site.get("/");

		Element chart = home.select(".salary-chart");
		assertThat(chart.select("tbody tr")).hasSize(catalogue.roles().size());
		assertThat(chart.text()).contains("$160,000–$250,000 base salary band", "$112,590 median", "$124,392 average")
			// The largest headline figure, the top of the ML engineer's band, ends the
			// scale.
			.contains("Drawn on a scale from $0 to $250k");
		assertThat(chart.select("tbody svg")).hasSize(catalogue.roles().size());
	}

}
