package com.toolkitatlas.fit;

import com.toolkitatlas.filter.SynonymsFixture;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.POSTGRESQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type-ahead box of /fit understands the words the role search understands, by the
 * item each stands for; words that only name a role tick nothing.
 */
class ShortFormsTest {

	private final ShortForms shortForms = ShortForms.of(SynonymsFixture.synonyms());

	@Test
	void eachItemHasTheSearchTermsThatStandForIt() {
		assertThat(shortForms.of(Item.of(KUBERNETES))).containsExactly("k8s");
		assertThat(shortForms.of(Item.of(POSTGRESQL))).containsExactly("postgres");
		assertThat(shortForms.of(Item.of(GO))).containsExactly("golang");
		assertThat(shortForms.of(Item.of(MACHINE_LEARNING))).as("a term for a role and a skill").containsExactly("ml");
		assertThat(shortForms.of(Item.of(PYTHON))).isEmpty();
	}

	@Test
	void theFormCarriesThemForTheScriptAndLeavesTheAttributeOutWithoutAny() {
		FitForm.Choice kubernetes = new FitForm.Choice(Item.of(KUBERNETES), false, shortForms.of(Item.of(KUBERNETES)));
		FitForm.Choice python = new FitForm.Choice(Item.of(PYTHON), false, shortForms.of(Item.of(PYTHON)));

		assertThat(kubernetes.shortFormsAttribute()).isEqualTo("k8s");
		assertThat(python.shortFormsAttribute()).isNull();
	}

}
