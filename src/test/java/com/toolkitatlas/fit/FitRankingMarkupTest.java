package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking of the ticked fit page as it prints and a browser reads it, over the
 * fixture catalogue: each role in its place with its fit, what the person has and lacks,
 * and the links that lead to it; the expectations from the ranking the page computes.
 */
class FitRankingMarkupTest {

	private final FitService fits = FitFixture.service(CatalogueFixture.catalogue());

	private final FitPage page = fits
		.page(fits.read(new KnownRequest(null, List.of(DOCKER.slug(), KUBERNETES.slug()), null), "/fit"));

	private final Document ranking = Jsoup.parseBodyFragment("<ol>" + page.rankingMarkup() + "</ol>");

	@Test
	void eachRoleIsAnItemInItsPlaceWithItsNameLinkedItsFitAndItsCoreSummary() {
		List<FitRanking.Place> places = page.ranking().places();

		assertThat(ranking.select("ol > li.pick-ranking__item").eachAttr("id"))
			.containsExactlyElementsOf(places.stream().map(place -> "fit-" + place.fit().role().slug()).toList());
		for (FitRanking.Place place : places) {
			RoleFit fit = place.fit();
			Element item = ranking.getElementById("fit-" + fit.role().slug());
			assertThat(item.selectFirst(".pick-ranking__rank").text()).isEqualTo(place.rank() + ".");
			Element name = item.selectFirst("h3 > a");
			assertThat(name.text()).isEqualTo(fit.role().name());
			assertThat(name.attr("href")).isEqualTo("/roles/" + fit.role().slug());
			assertThat(item.selectFirst(".pick-ranking__score").text()).isEqualTo("Fit " + fit.percent() + "%");
			assertThat(item.selectFirst(".fit-summary").text()).isEqualTo(fit.coreSummary());
			assertThat(item.select("> p.muted").eachText())
				.containsExactlyElementsOf(place.tie() == null ? List.of() : List.of(place.tie()));
		}
	}

	@Test
	void onlyTheBestRolesDetailsAreOpenAndEachSaysWhatThePersonHasAndLacks() {
		for (FitRanking.Place place : page.ranking().places()) {
			RoleFit fit = place.fit();
			Element details = ranking.getElementById("fit-" + fit.role().slug()).selectFirst("details.fit-details");
			assertThat(details.hasAttr("open")).as(fit.role().slug()).isEqualTo(place.rank() == 1);
			assertThat(details.selectFirst("summary").text())
				.isEqualTo("What you have and what you lack for " + fit.role().shortName());
			assertThat(details.select("h4").eachText()).containsExactly("What you have", "Core items you lack",
					"Secondary items you lack");
			assertThat(details.select(".fit-groups").size())
				.isEqualTo((fit.have().isEmpty() ? 0 : 1) + (fit.lacksCore() ? 1 : 0) + (fit.lacksSecondary() ? 1 : 0));
			assertThat(tags(details, "What you have")).containsExactlyElementsOf(names(fit.haveGroups()));
			assertThat(tags(details, "Core items you lack")).containsExactlyElementsOf(names(fit.coreLacking()));
			assertThat(tags(details, "Secondary items you lack"))
				.containsExactlyElementsOf(names(fit.secondaryLacking()));
			assertThat(note(details, "What you have"))
				.isEqualTo(fit.have().isEmpty() ? "Nothing you ticked is in this toolkit." : "");
			assertThat(note(details, "Core items you lack"))
				.isEqualTo(fit.lacksCore() ? "" : "None: you have every core item.");
			assertThat(note(details, "Secondary items you lack")).isEqualTo(fit.lacksSecondary() ? "" : "None.");
		}
		assertThat(page.ranking().places()).anyMatch(place -> place.fit().have().isEmpty());
	}

	@Test
	void eachRoleLinksToItsProfileAndToTheWayThereFromEveryOtherRoleWithWhatIsTicked() {
		for (FitRanking.Place place : page.ranking().places()) {
			Role role = place.fit().role();
			Element moves = ranking.getElementById("fit-" + role.slug()).selectFirst("p.fit-moves");
			Element profile = moves.selectFirst("p > a");
			assertThat(profile.attr("href")).isEqualTo("/roles/" + role.slug());
			assertThat(profile.text()).isEqualTo(role.shortName() + " profile");
			assertThat(moves.select("span > a.switch-link").eachAttr("href"))
				.containsExactlyElementsOf(page.waysTo(role).stream().map(FitPage.Way::href).toList());
			assertThat(moves.select("span > a.switch-link").eachText())
				.containsExactlyElementsOf(page.waysTo(role).stream().map(way -> way.from().shortName()).toList());
		}
	}

	/** The tags' names under one heading of a role's details, up to the next heading. */
	private static List<String> tags(Element details, String heading) {
		Element next = after(details, heading);
		return next.hasClass("fit-groups") ? next.select(".tags > li > a").eachText() : List.of();
	}

	/** The note under one heading of a role's details in place of tags, or "". */
	private static String note(Element details, String heading) {
		Element next = after(details, heading);
		return next.is("p.muted") ? next.text() : "";
	}

	/** What follows a heading of a role's details. */
	private static Element after(Element details, String heading) {
		Element title = details.select("h4").stream().filter(h4 -> h4.text().equals(heading)).findFirst().orElseThrow();
		Element next = title.nextElementSibling();
		return next.tagName().equals("h4") ? new Element("p") : next;
	}

	private static List<String> names(List<ItemGroup> groups) {
		return groups.stream().flatMap(group -> group.needs().stream()).map(need -> need.item().name()).toList();
	}

}
