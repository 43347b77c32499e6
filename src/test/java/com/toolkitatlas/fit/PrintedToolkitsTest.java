package com.toolkitatlas.fit;

import java.util.List;
import java.util.function.Predicate;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static com.toolkitatlas.catalogue.CatalogueFixture.SQL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's toolkit written once and printed in part on each ticked fit page
 * ({@link PrintedToolkits}), as a browser reads it: the lists of what a person has and
 * lacks, grouped as a page groups them, over the fixture catalogue.
 */
class PrintedToolkitsTest {

	private final PrintedToolkits toolkits = new PrintedToolkits(CatalogueFixture.ROLES);

	/** Some sets of what a person knows: nothing, a few items, a whole toolkit. */
	private final List<KnownItems> knowns = List.of(KnownItems.NONE,
			new KnownItems(List.of(Item.of(MACHINE_LEARNING), Item.of(SQL))),
			new KnownItems(List.of(Item.of(DOCKER), Item.of(KUBERNETES), Item.of(PYTHON))), KnownItems.toolkitOf(ML));

	@Test
	void eachListPrintsTheItemsOfItsFitInTheirGroupsEachLinkedCoreOnesMarked() {
		for (Role role : CatalogueFixture.ROLES) {
			for (KnownItems known : knowns) {
				RoleFit fit = RoleFit.of(role, known);
				String what = role.slug() + " knowing " + known.query();

				assertThat(PrintedGroups.read(printed(role, need -> known.has(need.item())))).as(what)
					.isEqualTo(PrintedGroups.of(fit.haveGroups()));
				assertThat(PrintedGroups.read(printed(role, need -> need.core() && !known.has(need.item())))).as(what)
					.isEqualTo(PrintedGroups.of(fit.coreLacking()));
				assertThat(PrintedGroups.read(printed(role, need -> !need.core() && !known.has(need.item())))).as(what)
					.isEqualTo(PrintedGroups.of(fit.secondaryLacking()));
			}
		}
	}

	@Test
	void eachTagLinksItsItemsPageAndAGroupWithNothingShownIsLeftOut() {
		KnownItems known = new KnownItems(List.of(Item.of(MACHINE_LEARNING), Item.of(SQL)));
		Document have = Jsoup.parseBodyFragment(printed(ML, need -> known.has(need.item())));

		assertThat(have.select(".fit-groups li > a").eachText()).containsExactlyInAnyOrder(MACHINE_LEARNING.name(),
				SQL.name());
		assertThat(have.select(".fit-groups li > a").eachAttr("href"))
			.containsExactlyInAnyOrder(Item.of(MACHINE_LEARNING).href(), Item.of(SQL).href());
		assertThat(have.select(".fit-group__label").eachText())
			.containsExactlyInAnyOrder(Item.of(MACHINE_LEARNING).groupLabel(), Item.of(SQL).groupLabel());
		assertThat(Jsoup.parseBodyFragment(printed(ML, need -> false)).select(".fit-groups > *")).isEmpty();
	}

	@Test
	void theListsAreWrittenAsTheSwitchPagesWriteTheirOwnGroupsOfItems() {
		for (Role role : CatalogueFixture.ROLES) {
			for (KnownItems known : knowns) {
				RoleFit fit = RoleFit.of(role, known);

				assertThat(printed(role, need -> known.has(need.item()))).isEqualTo(ItemGroup.markup(fit.haveGroups()));
				assertThat(printed(role, need -> !known.has(need.item()) && need.core()))
					.isEqualTo(ItemGroup.markup(fit.coreLacking()));
				assertThat(printed(role, need -> !known.has(need.item()) && !need.core()))
					.isEqualTo(ItemGroup.markup(fit.secondaryLacking()));
			}
		}
	}

	private String printed(Role role, Predicate<Need> shown) {
		Markup html = new Markup();
		toolkits.write(role, shown, html);
		return html.toString();
	}

}
