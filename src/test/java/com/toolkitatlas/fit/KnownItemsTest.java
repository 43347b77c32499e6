package com.toolkitatlas.fit;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.fit.Toolkits.known;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address per set of known items: the form's order, each item once, and every other
 * spelling of the set told apart from it (the controllers redirect those).
 */
class KnownItemsTest {

	@Test
	void itemsAreListedAsTheFormListsThemKindThenCategoryThenName() {
		Category first = new Category("first", "First", 1);
		Category second = new Category("second", "Second", 2);
		KnownItems known = new KnownItems(List.of(Item.of(new Language("go", "Go")),
				Item.of(new Tool("airflow", "Airflow", second, null)),
				Item.of(new Tool("zeppelin", "Zeppelin", first, null)), Item.of(new Skill("apis", "APIs", second)),
				Item.of(new Skill("mlops", "MLOps", first)), Item.of(new Tool("docker", "Docker", first, null))));

		assertThat(known.query())
			.isEqualTo("skill=mlops&skill=apis&tool=docker&tool=zeppelin&tool=airflow&language=go");
	}

	@Test
	void onlyTheCanonicalSpellingOfASetIsItsOwn() {
		KnownItems known = known("tool/kubernetes", "skill/sql", "tool/docker", "tool/docker");
		assertThat(known.on("/fit")).isEqualTo("/fit?skill=sql&tool=docker&tool=kubernetes");

		assertThat(known.spelledAsIn(request(List.of("sql"), List.of("docker", "kubernetes"), null))).isTrue();
		assertThat(known.spelledAsIn(request(List.of("sql"), List.of("kubernetes", "docker"), null)))
			.as("another order")
			.isFalse();
		assertThat(known.spelledAsIn(request(List.of("sql"), List.of("docker", "docker", "kubernetes"), null)))
			.as("a value repeated")
			.isFalse();
		assertThat(known.spelledAsIn(request(List.of("sql"), List.of("docker,kubernetes"), null))).as("commas")
			.isFalse();
		assertThat(known.spelledAsIn(request(List.of("SQL"), List.of("docker", "kubernetes"), null))).as("capitals")
			.isFalse();
		assertThat(known.spelledAsIn(request(List.of("sql"), List.of("docker", "kubernetes"), List.of(""))))
			.as("an empty parameter")
			.isFalse();
		assertThat(KnownItems.NONE.spelledAsIn(KnownRequest.none())).isTrue();
		assertThat(KnownItems.NONE.spelledAsIn(request(null, List.of(" "), null))).isFalse();
		assertThat(KnownItems.NONE.spelledAsIn(KnownRequest.asSent(Map.of("language", new String[] { "" }))))
			.as("an empty value as sent, which binding would drop")
			.isFalse();
		assertThat(known.spelledAsIn(KnownRequest.asSent(Map.of("skill", new String[] { "sql" }, "tool",
				new String[] { "docker", "kubernetes" }, "utm_source", new String[] { "x" }))))
			.as("parameters the page does not read")
			.isTrue();
	}

	private static KnownRequest request(List<String> skills, List<String> tools, List<String> languages) {
		return new KnownRequest(skills, tools, languages);
	}

}
