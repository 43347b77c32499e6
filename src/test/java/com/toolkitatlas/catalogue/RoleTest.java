package com.toolkitatlas.catalogue;

import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTORCH;
import static com.toolkitatlas.catalogue.CatalogueFixture.SQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.STATISTICS;
import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

	@Test
	void theHeadlineFigureIsTheOneMarkedSo() {
		assertThat(ML.salaries()).hasSize(2);
		assertThat(ML.headlineSalary().display()).isEqualTo("$160k–$250k");
		assertThat(DATA.headlineSalary().display()).isEqualTo("$125,758");
	}

	@Test
	void coreEntriesAreTheOnesMarkedCore() {
		assertThat(ML.coreSkills()).extracting(RoleSkill::skill).containsExactly(MACHINE_LEARNING, STATISTICS);
		assertThat(ML.coreTools()).extracting(RoleTool::tool).containsExactly(DOCKER, PYTORCH);
		assertThat(ML.coreLanguages()).extracting(RoleLanguage::language).containsExactly(PYTHON);
		assertThat(ML.language("sql")).map(RoleLanguage::core).contains(false);
	}

	@Test
	void aCardShowsAtMostFourCoreSkills() {
		Role many = new RoleBuilder("many", 1).skill(new Skill("a", "A", CatalogueFixture.DATA_SKILLS), Importance.CORE)
			.skill(new Skill("b", "B", CatalogueFixture.DATA_SKILLS), Importance.CORE)
			.skill(new Skill("c", "C", CatalogueFixture.DATA_SKILLS), Importance.CORE)
			.skill(new Skill("d", "D", CatalogueFixture.DATA_SKILLS), Importance.CORE)
			.skill(new Skill("e", "E", CatalogueFixture.DATA_SKILLS), Importance.CORE)
			.build();

		assertThat(many.topSkills()).extracting(link -> link.skill().slug()).containsExactly("a", "b", "c", "d");
		assertThat(ML.topSkills()).isEqualTo(ML.coreSkills());
	}

	@Test
	void aSkillToolOrLanguageIsFoundOnlyWhereTheRoleHasIt() {
		assertThat(ML.skill("statistics")).map(RoleSkill::skill).contains(STATISTICS);
		assertThat(ML.tool("kubernetes")).map(RoleTool::tool).contains(KUBERNETES);
		assertThat(ML.language("sql")).map(RoleLanguage::language).contains(SQL);
		assertThat(BACKEND.skill("statistics")).isEmpty();
		assertThat(BACKEND.tool("pytorch")).isEmpty();
		assertThat(ML.language("go")).isEmpty();
	}

	@Test
	void aRoleHasATextOnEveryTopicAndANoteWhereAListIsMissing() {
		assertThat(ML.text(Topic.WHEN_TO_HIRE)).isEqualTo("When to hire one of ML Engineer.");
		assertThat(DATA.note(ListTopic.HIRING_COMPANIES)).startsWith("No source lists");
		assertThat(ML.note(ListTopic.HIRING_COMPANIES)).isNull();
	}

	@Test
	void onlyARoleWithARankingOfItsOwnHasEditorialAlternatives() {
		assertThat(ML.hasEditorialAlternatives()).isTrue();
		assertThat(ML.editorialSource()).isEqualTo(CatalogueFixture.ARTICLE);
		assertThat(BACKEND.hasEditorialAlternatives()).isFalse();
	}

	@Test
	void aRoleIsFoundAsAKeyByAnEqualRoleAndNotByAnotherRoleOfTheSameSlug() {
		Role copy = new RoleBuilder("ml-engineer", "Machine Learning Engineer", "ML Engineer", 1).build();
		Role same = new Role(ML.slug(), ML.name(), ML.shortName(), ML.displayOrder(), ML.headline(), ML.summary(),
				ML.primaryFocus(), ML.keyResponsibility(), ML.typicalDeliverable(), ML.definitionNote(), ML.texts(),
				ML.notes(), List.copyOf(ML.skills()), List.copyOf(ML.tools()), ML.languages(), ML.workflows(),
				ML.theory(), ML.useCases(), ML.collaborators(), ML.bestFor(), ML.salaries(), ML.hiringCompanies(),
				ML.careerSteps(), ML.facts(), ML.editorialAlternatives(), ML.editorialSource());
		Map<Role, String> leans = new HashMap<>(Map.of(ML, "production", BACKEND, "prototype"));

		assertThat(leans.get(same)).isEqualTo("production");
		assertThat(copy).isNotEqualTo(ML);
		assertThat(leans.get(copy)).as("same slug, other content: another role").isNull();
	}

}
