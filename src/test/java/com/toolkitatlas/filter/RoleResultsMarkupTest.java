package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.html.Markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.filter.RoleFilterServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of results the roles page prints ({@link RoleSearch#resultsMarkup()}), as a
 * browser reads it, against the fixture catalogue.
 */
class RoleResultsMarkupTest {

	private final RoleFilterService filters = RoleFilterServiceTest.filters(CatalogueFixture.catalogue(),
			SynonymsFixture.synonyms());

	@Test
	void eachResultIsAnItemWithItsNameLinkedToItsProfileItsHeadlineAndItsHeadlinePayWithBasisAndSource() {
		RoleSearch search = filters.search(request(""));
		Document list = list(search);

		assertThat(list.select("ol > li > article.result > h3 > a").eachText())
			.containsExactlyElementsOf(search.results().stream().map(result -> result.role().name()).toList());
		for (RoleResult result : search.results()) {
			Element article = article(list, result);
			SalaryFigure pay = result.pay();
			assertThat(article.selectFirst("h3 > a").attr("href")).isEqualTo("/roles/" + result.role().slug());
			assertThat(article.attr("aria-labelledby")).isEqualTo(article.selectFirst("h3").id());
			assertThat(article.selectFirst(".result__headline").text()).isEqualTo(result.role().headline());
			Element payLine = article.selectFirst(".result__pay");
			assertThat(payLine.selectFirst("strong").text()).isEqualTo(pay.display());
			assertThat(payLine.selectFirst("span").text())
				.isEqualTo(pay.basis().label().toLowerCase(Locale.ROOT) + ", " + pay.region() + ", " + pay.period());
			assertThat(payLine.select(".occupation__status--proxy")).hasSize(pay.proxy() ? 1 : 0);
			assertThat(payLine.selectFirst(".source-ref > a").attr("href"))
				.isEqualTo("/sources#" + pay.source().code());
			assertThat(payLine.selectFirst(".source-ref > a").text()).isEqualTo(pay.source().title());
			assertThat(article.select(".result__why, ul.reasons")).isEmpty();
		}
		assertThat(search.results()).isNotEmpty();
	}

	@Test
	void eachReasonSaysItsKindLinksWhatMatchedAndSaysHowCentralItIsCoreOnesMarked() {
		RoleSearch search = filters.search(request("tool=kubernetes&skill=ci-cd&language=python"));
		Document list = list(search);

		for (RoleResult result : search.results()) {
			Element article = article(list, result);
			List<Element> items = article.select("ul.reasons > li");
			assertThat(article.selectFirst("ul.reasons").attr("aria-labelledby"))
				.isEqualTo(article.selectFirst("p.result__why").id());
			assertThat(items).hasSize(result.reasons().size());
			for (int i = 0; i < items.size(); i++) {
				RoleResult.Reason reason = result.reasons().get(i);
				Element item = items.get(i);
				assertThat(item.selectFirst(".reason__kind").text()).isEqualTo(reason.kind() + ":");
				assertThat(item.selectFirst("a").attr("href")).isEqualTo(reason.href());
				assertThat(item.selectFirst("a").text()).isEqualTo(reason.name().text());
				assertThat(item.selectFirst(".reason__importance").text())
					.isEqualTo(reason.importance().label().toLowerCase(Locale.ROOT) + " to the role");
				assertThat(item.hasClass("reason--core")).isEqualTo(reason.core());
			}
		}
		assertThat(search.results()).isNotEmpty();
	}

	@Test
	void whatTheSearchFoundIsMarkedAndAShortFormThatFoundItIsNamed() {
		RoleSearch search = filters.search(request("q=k8s"));
		Document list = list(search);

		Element kubernetes = list.selectFirst("ul.reasons > li:has(a[href=/tools/kubernetes])");
		assertThat(kubernetes.selectFirst("a > mark").text()).isEqualTo("Kubernetes");
		assertThat(kubernetes.selectFirst(".reason__via").text()).isEqualTo("found by “k8s”");
		assertThat(search.resultsMarkup().chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
	}

	@Test
	void aSearchListsExactlyTheSkillsToolsAndLanguagesOfEachRoleWhoseNameHasAWordStartingWithIt() {
		for (String word : List.of("data", "sql", "learn", "docker")) {
			RoleSearch search = filters.search(request("q=" + word));
			Document list = list(search);

			for (RoleResult result : search.results()) {
				Role role = result.role();
				List<String> expected = new ArrayList<>();
				role.skills()
					.forEach(link -> expected.add(named("/skills/" + link.skill().slug(), link.skill().name(), word)));
				role.tools()
					.forEach(link -> expected.add(named("/tools/" + link.tool().slug(), link.tool().name(), word)));
				role.languages()
					.forEach(link -> expected
						.add(named("/roles?language=" + link.language().slug(), link.language().name(), word)));
				expected.removeIf(Objects::isNull);
				List<Element> found = article(list, result)
					.select("ul.reasons > li > a[href^=/skills/], ul.reasons > li > a[href^=/tools/], "
							+ "ul.reasons > li > a[href^=/roles?language=]");

				assertThat(found).as(word + " in " + role.slug())
					.extracting(link -> link.attr("href") + " " + link.text())
					.containsExactlyElementsOf(expected);
				assertThat(found).as("each marked").allSatisfy(link -> assertThat(link.select("mark")).isNotEmpty());
			}
			assertThat(search.results()).as(word).isNotEmpty();
		}
	}

	/**
	 * The link and the name of an entry whose name has a word starting with the one
	 * searched, or null.
	 */
	private static String named(String href, String name, String word) {
		boolean found = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z0-9#+]+"))
			.anyMatch(part -> part.startsWith(word));
		return found ? href + " " + name : null;
	}

	@Test
	void sortedByPayEachResultShowsTheFigureItIsSortedByWithItsOccupationAndSource() {
		RoleSearch search = filters.search(request("sort=pay"));
		Document list = list(search);

		for (RoleResult result : search.results()) {
			SortFigure sort = result.sortFigure();
			Element line = article(list, result).select(".result__pay").get(1);
			assertThat(line.ownText()).startsWith(sort.label() + ":");
			assertThat(line.selectFirst("span").text()).isEqualTo(sort.detail());
			assertThat(line.select(".occupation__status--proxy")).hasSize(sort.mapping().proxy() ? 1 : 0);
			if (sort.known()) {
				assertThat(line.selectFirst("strong").text()).isEqualTo(sort.figure().display());
				assertThat(line.selectFirst(".source-ref > a").attr("href"))
					.isEqualTo("/sources#" + sort.figure().source().code());
			}
			else {
				assertThat(line.select("strong, .source-ref")).isEmpty();
			}
		}
		assertThat(search.results()).extracting(RoleResult::sortFigure).doesNotContainNull();
	}

	@Test
	void aChosenMinimumPayIsAReasonWithTheTopOfTheHeadlineFigureAndTheMinimum() {
		RoleSearch search = filters.search(request("minSalary=150000"));
		Document list = list(search);

		for (RoleResult result : search.results()) {
			Element pay = article(list, result).selectFirst("ul.reasons > li:has(.reason__kind:containsOwn(Pay:))");
			assertThat(pay.text()).isEqualTo("Pay: the top of its headline figure, "
					+ SalaryFigure.dollars(result.pay().high()) + ", reaches $150,000");
		}
		assertThat(search.results()).isNotEmpty();
	}

	@Test
	void aMarkedTextIsWrittenAsTextNotMarkup() {
		Markup html = new Markup();
		new Highlighted(List.of(new Highlighted.Segment("A <b>", true), new Highlighted.Segment(" & \"c\"", false)))
			.writeTo(html);

		Element paragraph = Jsoup.parseBodyFragment("<p>" + html + "</p>").selectFirst("p");
		assertThat(paragraph.text()).isEqualTo("A <b> & \"c\"");
		assertThat(paragraph.selectFirst("mark").text()).isEqualTo("A <b>");
		assertThat(paragraph.select("b")).isEmpty();
	}

	private static Document list(RoleSearch search) {
		return Jsoup.parseBodyFragment("<ol>" + search.resultsMarkup() + "</ol>");
	}

	private static Element article(Document list, RoleResult result) {
		return list.getElementById("result-" + result.role().slug()).parent();
	}

}
