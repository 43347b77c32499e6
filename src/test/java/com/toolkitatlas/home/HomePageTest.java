package com.toolkitatlas.home;

import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
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
	void payIsShownOnceEachRolesHeadlineFigureOnItsCardWithItsBasisRegionDateAndSource() {
		Page home = site.get("/");

		List<Element> cards = home.document().select(".role-card");
		List<Role> roles = catalogue.roles();
		assertThat(cards).hasSize(roles.size());
		for (int i = 0; i < roles.size(); i++) {
			SalaryFigure pay = roles.get(i).headlineSalary();
			Element payOfCard = cards.get(i).selectFirst("dt:containsOwn(Pay) + dd");
			assertThat(payOfCard).as(roles.get(i).slug()).isNotNull();
			assertThat(payOfCard.text()).as(roles.get(i).slug())
				.contains(pay.display(), pay.basis().label().toLowerCase(Locale.ROOT), pay.region(), pay.period(),
						pay.source().title());
		}
		// Nowhere else: no second picture of the same figures.
		assertThat(home.document().select(".salary-chart, .pay-picture")).isEmpty();
		assertThat(home.select("main").text()).contains("read the basis before setting two cards side by side");
	}

}
