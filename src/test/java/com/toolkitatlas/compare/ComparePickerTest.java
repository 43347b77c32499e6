package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare picker: a plain GET form on the compare page, the home page and every
 * profile.
 */
@WebTest
class ComparePickerTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void theComparePageOffersThePickerAndEveryPair() {
		Page page = site.get("/compare");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("Compare roles");
		assertThat(page.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Compare");
		assertIsAnAccessiblePlainForm(page.select("main form.picker"));
		assertThat(page.document().select("main a[href^=/compare/]")).hasSize(catalogue.pairs().size());
		assertThat(page.linkTextTo("/compare/ml-engineer-vs-backend-engineer"))
			.isEqualTo("ML Engineer vs Backend Engineer");
	}

	@Test
	void theHomePageHasACompareRolesSectionWithThePicker() {
		Page page = site.get("/");

		Element section = page.select("#compare-heading").parent();
		assertThat(section.select("h2").text()).isEqualTo("Compare roles");
		assertIsAnAccessiblePlainForm(section.selectFirst("form.picker"));
		assertThat(section.select("input[checked]")).isEmpty();
	}

	@Test
	void aProfileOffersThePickerWithItsRoleTickedBesideItsPairLinks() {
		Page page = site.get("/roles/devops-engineer");

		assertIsAnAccessiblePlainForm(page.select("#compare form.picker"));
		assertThat(page.document().select("#compare input[checked]").eachAttr("value"))
			.containsExactly("devops-engineer");
		assertThat(page.document().select("#compare .link-list a"))
			.hasSize(catalogue.pairsOf(catalogue.role("devops-engineer").orElseThrow()).size());
	}

	@Test
	void theSourcesPageDefinesTheSimilarityFigure() {
		Page page = site.get("/sources");

		assertThat(page.section("similarity")).contains("Jaccard index", "skills and tools", "100%", "0%");
	}

	private void assertIsAnAccessiblePlainForm(Element form) {
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/compare");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("fieldset > legend").text()).isEqualTo("Choose two to six roles");
		assertThat(form.select("input[type=checkbox][name=roles]")).hasSize(catalogue.roles().size())
			.allSatisfy(box -> assertThat(form.select("label[for=" + box.id() + "]").text()).isNotBlank());
		assertThat(form.select("input[type=checkbox]").eachAttr("value"))
			.containsExactlyElementsOf(catalogue.roles().stream().map(Role::slug).toList());
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Compare");
		assertThat(form.select("script, [onclick]")).isEmpty();
	}

}
