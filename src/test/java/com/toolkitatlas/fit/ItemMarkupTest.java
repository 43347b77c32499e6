package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Importance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item tags and checkboxes the fit and switch pages print, as a browser reads them.
 */
class ItemMarkupTest {

	private static final Category CONTAINERS = new Category("containers", "Containers & <orchestration>", 1);

	private static final Item DOCKER = new Item(Item.Kind.TOOL, "docker", "Docker", CONTAINERS);

	private static final Item HELM = new Item(Item.Kind.TOOL, "helm", "Helm \"charts\"", CONTAINERS);

	private static final Item PYTHON = new Item(Item.Kind.LANGUAGE, "python", "Python", null);

	@Test
	void eachGroupListsItsItemsLinkedCoreOnesMarked() {
		List<ItemGroup> groups = ItemGroup.of(List.of(new Need(PYTHON, Importance.SECONDARY),
				new Need(HELM, Importance.SECONDARY), new Need(DOCKER, Importance.CORE)));

		Document page = Jsoup.parseBodyFragment(ItemGroup.markup(groups));

		assertThat(page.select(".fit-groups > .fit-group > .fit-group__label").eachText())
			.containsExactly("Containers & <orchestration>", "Languages");
		Element docker = page.selectFirst("li:has(a[href=/tools/docker])");
		assertThat(docker.hasClass("tag--core")).isTrue();
		assertThat(docker.text()).isEqualTo("Dockercore");
		assertThat(docker.selectFirst(".tag__importance").text()).isEqualTo("core");
		Element helm = page.selectFirst("li:has(a[href=/tools/helm])");
		assertThat(helm.hasClass("tag--core")).isFalse();
		assertThat(helm.selectFirst("a").text()).isEqualTo("Helm \"charts\"");
		assertThat(helm.selectFirst(".tag__importance").text()).isEqualTo("secondary");
		assertThat(page.select("a[href=/roles?language=python]").text()).isEqualTo("Python");
	}

	@Test
	void noGroupsIsAnEmptyList() {
		assertThat(Jsoup.parseBodyFragment(ItemGroup.markup(List.of())).select(".fit-groups li")).isEmpty();
	}

	@Test
	void eachChoiceIsACheckboxWithItsLabelTickedWhereKnown() {
		FitForm form = new FitForm(List.of(new FitForm.Group("Tools: Containers",
				List.of(new FitForm.Choice(DOCKER, true, List.of("docker engine")),
						new FitForm.Choice(HELM, false, List.of())))));

		Document page = Jsoup.parseBodyFragment(form.markup());

		Element docker = page.getElementById("know-tool-docker");
		assertThat(docker.attr("type")).isEqualTo("checkbox");
		assertThat(docker.attr("name")).isEqualTo("tool");
		assertThat(docker.attr("value")).isEqualTo("docker");
		assertThat(docker.hasAttr("checked")).isTrue();
		assertThat(docker.attr("data-short-forms")).isEqualTo("docker engine");
		Element helm = page.getElementById("know-tool-helm");
		assertThat(helm.hasAttr("checked")).isFalse();
		assertThat(helm.hasAttr("data-short-forms")).isFalse();
		assertThat(page.select("label[for=know-tool-helm]").text()).isEqualTo("Helm \"charts\"");
		assertThat(page.select("fieldset > ul > li")).hasSize(2);
	}

	@Test
	void eachGroupIsAFieldsetWithItsLegendAndItsCheckboxesInOrder() {
		FitForm form = new FitForm(List.of(
				new FitForm.Group("Tools: Containers & <orchestration>",
						List.of(new FitForm.Choice(DOCKER, false, List.of()),
								new FitForm.Choice(HELM, false, List.of()))),
				new FitForm.Group("Languages", List.of(new FitForm.Choice(PYTHON, false, List.of())))));

		Document page = Jsoup.parseBodyFragment(form.markup());

		assertThat(page.select("fieldset > legend").eachText()).containsExactly("Tools: Containers & <orchestration>",
				"Languages");
		assertThat(page.select("fieldset").get(0).select("input").eachAttr("id")).containsExactly("know-tool-docker",
				"know-tool-helm");
		assertThat(page.select("fieldset").get(1).select("input").eachAttr("id"))
			.containsExactly("know-language-python");
		assertThat(page.select("label").eachText()).containsExactly("Docker", "Helm \"charts\"", "Python");
	}

	@Test
	void theFormWrittenOnceTicksWhatIsKnownAndNothingElse() {
		FitForm form = new FitForm(List.of(
				new FitForm.Group("Tools: Containers",
						List.of(new FitForm.Choice(DOCKER, false, List.of()),
								new FitForm.Choice(HELM, false, List.of()))),
				new FitForm.Group("Languages", List.of(new FitForm.Choice(PYTHON, false, List.of())))));

		FitForm ticked = form.ticking(new KnownItems(List.of(HELM, PYTHON)));
		Document page = Jsoup.parseBodyFragment(ticked.markup());

		assertThat(page.select("input[checked]").eachAttr("id")).containsExactly("know-tool-helm",
				"know-language-python");
		assertThat(page.select("input").eachAttr("id")).containsExactly("know-tool-docker", "know-tool-helm",
				"know-language-python");
		assertThat(form.ticking(new KnownItems(List.of(DOCKER))).ticking(KnownItems.NONE).markup())
			.as("ticking again unticks what is no longer known")
			.isEqualTo(form.markup());
		assertThat(form.ticking(KnownItems.NONE).markup()).as("the form itself is left unticked")
			.isEqualTo(form.markup())
			.doesNotContain("checked");
	}

}
