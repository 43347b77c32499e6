package com.toolkitatlas.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.toolkitatlas.hire.HiringGuide;
import com.toolkitatlas.hire.ProjectKind;
import com.toolkitatlas.hire.ProjectLink;
import com.toolkitatlas.salary.Measure;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as the migrations seed it must be complete and consistent: every role
 * fully described, every figure sourced, every source used, no placeholders. A broken
 * migration fails the build here rather than showing a gap on a page.
 */
@WebTest
class CatalogueIntegrityTest {

	private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\b(TODO|TBD|FIXME|XXX)\\b|lorem|ipsum",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@Autowired
	HiringGuide hiring;

	@Test
	void holdsTheSixRolesInDisplayOrder() {
		assertThat(catalogue.roles()).extracting(Role::name)
			.containsExactly("Machine Learning Engineer", "Backend Engineer", "Data Engineer", "DevOps Engineer",
					"Data Scientist", "AI Engineer");
	}

	@Test
	void everyRoleHasEveryNarrativeTextAsARealParagraph() {
		for (Role role : catalogue.roles()) {
			for (Topic topic : Topic.values()) {
				String text = role.text(topic);
				assertThat(text).as("%s: %s", role.slug(), topic).isNotBlank();
				if (topic == Topic.CHOOSE_IF) {
					assertThat(text).as("%s: the choose-if clause finishes a sentence", role.slug())
						.startsWith("you ")
						.doesNotEndWith(".");
				}
				else {
					assertThat(sentences(text)).as("%s: %s is two to five sentences", role.slug(), topic)
						.isBetween(2L, 5L);
				}
			}
			assertThat(role.summary()).as("%s: summary", role.slug()).isNotBlank();
			assertThat(sentences(role.summary())).as("%s: summary is a paragraph", role.slug()).isBetween(2L, 5L);
			Stream.of(role.headline(), role.primaryFocus(), role.keyResponsibility(), role.typicalDeliverable())
				.forEach(field -> assertThat(field).as(role.slug()).isNotBlank());
		}
	}

	@Test
	void narrativeTextsNameTheRolesOwnToolsRatherThanFittingAnyRole() {
		List<Topic> concrete = List.of(Topic.PROJECTS, Topic.ONBOARDING, Topic.TOOLING_ECOSYSTEM, Topic.SCALABILITY,
				Topic.RELIABILITY, Topic.ECOSYSTEM, Topic.TOOL_COSTS, Topic.PROJECT_REQUIREMENTS);
		for (Role role : catalogue.roles()) {
			List<String> toolNames = role.tools().stream().map(link -> shortName(link.tool().name())).toList();
			for (Topic topic : concrete) {
				assertThat(toolNames).as("%s: %s names at least one of the role's tools", role.slug(), topic)
					.anyMatch(role.text(topic)::contains);
			}
		}
	}

	@Test
	void noTwoRolesShareAParagraph() {
		Set<String> seen = new HashSet<>();
		for (Role role : catalogue.roles()) {
			for (String text : role.texts().values()) {
				assertThat(seen.add(text)).as("%s repeats a paragraph of another role: %s", role.slug(), text).isTrue();
			}
		}
	}

	@Test
	void everyRoleFillsEveryListOrSaysWhyItIsEmpty() {
		for (Role role : catalogue.roles()) {
			assertThat(role.skills()).as(role.slug()).isNotEmpty();
			assertThat(role.coreSkills()).as(role.slug()).isNotEmpty();
			assertThat(role.tools()).as(role.slug()).isNotEmpty();
			assertThat(role.coreTools()).as(role.slug()).isNotEmpty();
			assertThat(role.languages()).as(role.slug()).isNotEmpty();
			assertThat(role.workflows()).as(role.slug()).isNotEmpty();
			assertThat(role.theory()).as(role.slug()).isNotEmpty();
			assertThat(role.useCases()).as(role.slug()).isNotEmpty();
			assertThat(role.collaborators()).as(role.slug()).isNotEmpty();
			assertThat(role.bestFor()).as(role.slug()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(role.salaries()).as(role.slug()).isNotEmpty();
			if (role.hiringCompanies().isEmpty()) {
				assertThat(role.note(ListTopic.HIRING_COMPANIES)).as("%s: why no hiring companies", role.slug())
					.isNotBlank();
			}
			if (role.careerSteps().isEmpty()) {
				assertThat(role.note(ListTopic.CAREER_PROGRESSION)).as("%s: why no career steps", role.slug())
					.isNotBlank();
			}
		}
	}

	@Test
	void everyRoleHasExactlyOneHeadlineSalaryAndEveryFigureIsConsistentAndSourced() {
		for (Role role : catalogue.roles()) {
			assertThat(role.salaries()).filteredOn(SalaryFigure::headline).as(role.slug()).hasSize(1);
			for (SalaryFigure figure : role.salaries()) {
				assertThat(figure.source()).as(role.slug()).isNotNull();
				assertThat(figure.low()).as("%s: %s minimum above maximum", role.slug(), figure.label())
					.isLessThanOrEqualTo(figure.high());
				if (figure.hasAmount() && figure.hasRange()) {
					assertThat(figure.amountUsd()).as(figure.label()).isBetween(figure.lowUsd(), figure.highUsd());
				}
				if (figure.hasRange()) {
					assertThat(figure.rangeLabel()).as("%s: what the band is", figure.label()).isNotBlank();
				}
				assertThat(figure.low()).as(figure.label()).isGreaterThan(10_000);
				Stream.of(figure.region(), figure.period(), figure.label())
					.forEach(field -> assertThat(field).as(role.slug()).isNotBlank());
			}
		}
	}

	@Test
	void everySourceIsCitedAndEveryCitationExists() {
		Set<Source> cited = new HashSet<>();
		for (Role role : catalogue.roles()) {
			role.skills().forEach(link -> cited.add(link.source()));
			role.tools().forEach(link -> cited.add(link.source()));
			role.languages().forEach(link -> cited.add(link.source()));
			role.salaries().forEach(figure -> cited.add(figure.source()));
			role.hiringCompanies().forEach(company -> cited.add(company.source()));
			role.careerSteps().forEach(step -> cited.add(step.source()));
			role.facts().forEach(fact -> cited.add(fact.source()));
			if (role.editorialSource() != null) {
				cited.add(role.editorialSource());
			}
		}
		occupations.all().forEach(occupation -> occupation.figures().values().forEach(figure -> {
			cited.add(figure.source());
			cited.addAll(figure.agreeing());
		}));
		catalogue.pairs()
			.forEach(pair -> pair.notes()
				.stream()
				.map(RolePair.Note::source)
				.filter(source -> source != null)
				.forEach(cited::add));

		assertThat(cited).as("cited sources exist").allMatch(source -> catalogue.source(source.code()).isPresent());
		assertThat(catalogue.sources()).as("sources never cited").allMatch(cited::contains);
	}

	@Test
	void everySourceSaysWhereItIsFromWhenAndWhatItMeasured() {
		for (Source source : catalogue.sources()) {
			assertThat(source.title()).as(source.code()).isNotBlank();
			assertThat(source.published()).as(source.code()).isNotBlank();
			assertThat(source.measured()).as(source.code()).isNotBlank();
			if (!source.seed()) {
				assertThat(source.url()).as(source.code()).startsWith("https://");
				assertThat(source.confidence()).as(source.code()).isIn("A", "B", "C");
			}
		}
	}

	@Test
	void everyCheckedToolCostLinksToItsEvidence() {
		catalogue.tools().stream().filter(Tool::costChecked).forEach(tool -> {
			assertThat(tool.cost().evidenceLinks()).as(tool.slug()).allMatch(link -> link.startsWith("https://"));
			assertThat(tool.cost().checked()).as(tool.slug()).isNotBlank();
		});
	}

	@Test
	void slugsAreLowerCaseKebab() {
		Stream
			.of(slugs(catalogue.roles(), Role::slug), slugs(catalogue.skills(), Skill::slug),
					slugs(catalogue.tools(), Tool::slug), slugs(catalogue.languages(), Language::slug))
			.flatMap(List::stream)
			.forEach(slug -> assertThat(slug).as("slug").matches(KEBAB));
	}

	@Test
	void namesAreUniqueWithinEachKind() {
		assertUnique(slugs(catalogue.roles(), Role::name));
		assertUnique(slugs(catalogue.roles(), Role::shortName));
		assertUnique(slugs(catalogue.skills(), Skill::name));
		assertUnique(slugs(catalogue.tools(), Tool::name));
		assertUnique(slugs(catalogue.languages(), Language::name));
	}

	@Test
	void noTextHoldsAPlaceholder() {
		List<String> texts = new ArrayList<>();
		for (Role role : catalogue.roles()) {
			texts.addAll(role.texts().values());
			texts.addAll(role.notes().values());
			texts.addAll(List.of(role.headline(), role.summary(), role.primaryFocus(), role.keyResponsibility(),
					role.typicalDeliverable()));
			texts.addAll(role.workflows());
			texts.addAll(role.theory());
			texts.addAll(role.collaborators());
			texts.addAll(role.bestFor());
			role.useCases().forEach(useCase -> texts.add(useCase.title() + " " + useCase.example()));
			role.salaries().forEach(figure -> texts.add(figure.label() + " " + figure.note()));
			role.facts().forEach(fact -> texts.add(fact.text()));
		}
		catalogue.pairs().forEach(pair -> {
			texts.add(pair.difference());
			pair.notes().forEach(note -> texts.add(note.body()));
		});
		assertThat(texts).noneMatch(text -> PLACEHOLDER.matcher(String.valueOf(text).replace("null", "")).find());
	}

	@Test
	void everyPairOfRolesIsStoredOnceInDisplayOrderWithItsDifference() {
		int roles = catalogue.roles().size();
		assertThat(catalogue.pairs()).as("every two roles").hasSize(roles * (roles - 1) / 2);
		for (RolePair pair : catalogue.pairs()) {
			assertThat(pair.first().displayOrder()).isLessThan(pair.second().displayOrder());
			assertThat(sentences(pair.difference())).as("%s vs %s", pair.first().slug(), pair.second().slug())
				.isBetween(2L, 6L);
		}
	}

	@Test
	void editorialRankingsListEveryOtherRoleOnce() {
		for (Role role : catalogue.roles()) {
			if (role.hasEditorialAlternatives()) {
				assertThat(role.editorialAlternatives()).as(role.slug())
					.containsExactlyInAnyOrderElementsOf(catalogue.roles()
						.stream()
						.map(Role::slug)
						.filter(slug -> !slug.equals(role.slug()))
						.toList());
			}
		}
	}

	@Test
	void everyRoleHasAnOfficialOccupationAndSaysWhyWhereItIsAProxy() {
		for (Role role : catalogue.roles()) {
			assertThat(occupations.of(role)).as(role.slug()).isNotEmpty();
			for (RoleOccupation mapping : occupations.of(role)) {
				assertThat(mapping.occupation().socCode()).as(role.slug()).matches("\\d{2}-\\d{4}");
				assertThat(sentences(mapping.reason())).as("%s: why this occupation", role.slug()).isPositive();
				assertThat(mapping.confidence())
					.as("%s: only the role's own occupation maps with confidence A", role.slug())
					.isIn(mapping.proxy() ? List.of("B", "C") : List.of("A"));
			}
		}
	}

	@Test
	void everyOccupationsPercentilesRiseFromTheTenthToTheNinetieth() {
		for (Occupation occupation : occupations.all()) {
			assertThat(occupation.percentilesInOrder()).as("%s: %s", occupation.socCode(), occupation.percentiles())
				.isTrue();
			assertThat(occupation.median()).as("%s has a median", occupation.socCode()).isPresent();
		}
	}

	@Test
	void everyFigureHasAMachineReadablePeriodOrSaysItHasNone() {
		for (Occupation occupation : occupations.all()) {
			for (OccupationFigure figure : occupation.figures().values()) {
				Period period = figure.period();
				assertThat(period.dated()).as("%s %s", occupation.socCode(), figure.measure()).isTrue();
				if (figure.measure().wage()) {
					assertThat(period.value())
						.as("%s %s: a wage survey's month", occupation.socCode(), figure.measure())
						.matches("\\d{4}-\\d{2}");
				}
				if (List.of(Measure.CHANGE, Measure.GROWTH_PERCENT, Measure.OPENINGS).contains(figure.measure())) {
					assertThat(period.window()).as("%s %s: a projection window", occupation.socCode(), figure.measure())
						.isTrue();
				}
			}
		}
		for (Role role : catalogue.roles()) {
			for (SalaryFigure figure : role.salaries()) {
				Period period = figure.dated();
				if (!period.dated()) {
					assertThat(period.label()).as("%s: %s has no date, and says so", role.slug(), figure.label())
						.containsAnyOf("no date", "undated");
				}
			}
		}
	}

	@Test
	void everyGradeIsOneItsSourceSupports() {
		assertThat(catalogue.sources()).as("A is only for figures read on the official page itself")
			.filteredOn(source -> !source.gradeSupported())
			.extracting(Source::code)
			.isEmpty();
	}

	@Test
	void everyFigureOfAnOccupationIsASalaryFigureOfTheSameAmountWhereBothExist() {
		for (Role role : catalogue.roles()) {
			for (SalaryFigure figure : role.salaries()) {
				occupations.measuredBy(role, figure)
					.filter(mapping -> "May 2024".equals(figure.period()) && figure.basis() == SalaryBasis.MEDIAN)
					.ifPresent(mapping -> assertThat(mapping.occupation().median().orElseThrow().whole())
						.as("%s: %s", role.slug(), figure.label())
						.isEqualTo(figure.amountUsd()));
			}
		}
	}

	@Test
	void aSalaryFigureIsMarkedAProxyExactlyWhenItsOccupationIsOneForTheRole() {
		for (Role role : catalogue.roles()) {
			for (SalaryFigure figure : role.salaries()) {
				assertThat(figure.proxy()).as("%s: %s", role.slug(), figure.label())
					.isEqualTo(occupations.measuredBy(role, figure).map(RoleOccupation::proxy).orElse(false));
			}
		}
	}

	/**
	 * A page about one occupation (its SOC code in its address) is cited only for that
	 * occupation's figures: a figure read elsewhere cites the page it was read on.
	 */
	@Test
	void aPageAboutOneOccupationIsCitedOnlyForThatOccupationsFigures() {
		Pattern socCode = Pattern.compile("\\b(\\d{2}-\\d{4})\\b");
		int checked = 0;
		for (Occupation occupation : occupations.all()) {
			for (OccupationFigure figure : occupation.figures().values()) {
				for (Source source : Stream.concat(Stream.of(figure.source()), figure.agreeing().stream()).toList()) {
					var code = source.url() == null ? null : socCode.matcher(source.url());
					if (code != null && code.find()) {
						checked++;
						assertThat(code.group(1))
							.as("%s %s cites %s", occupation.socCode(), figure.measure(), source.url())
							.isEqualTo(occupation.socCode());
					}
				}
			}
		}
		assertThat(checked).as("figures cite pages named by a SOC code").isPositive();
	}

	@Test
	void proseAboutOverlapAgreesWithTheComputedSimilarity() {
		assertThat(OverlapClaim.contradictions(catalogue)).isEmpty();
	}

	private static long sentences(String text) {
		return SENTENCE_END.matcher(text).results().count();
	}

	private static String shortName(String toolName) {
		int bracket = toolName.indexOf(" (");
		return bracket < 0 ? toolName : toolName.substring(0, bracket);
	}

	private static <T> List<String> slugs(List<T> items, Function<T, String> key) {
		return items.stream().map(key).toList();
	}

	private static void assertUnique(List<String> names) {
		assertThat(names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList()).doesNotHaveDuplicates();
	}

	@Test
	void everyRoleIsNeededBySomeKindOfProjectForAReasonItsProfileGives() {
		for (Role role : catalogue.roles()) {
			assertThat(hiring.kindsFor(role)).as(role.slug() + " is needed by no kind of project").isNotEmpty();
		}
		for (ProjectKind kind : hiring.kinds()) {
			assertThat(kind.links()).as(kind.slug()).anyMatch(ProjectLink::core);
			for (ProjectLink link : kind.links()) {
				if (link.citesUseCase()) {
					assertThat(link.role().useCases()).as(kind.slug()).contains(link.useCase());
				}
				else {
					assertThat(link.role().text(Topic.WHEN_TO_HIRE)).as(kind.slug()).contains(link.hiringPhrase());
				}
			}
		}
	}

}
