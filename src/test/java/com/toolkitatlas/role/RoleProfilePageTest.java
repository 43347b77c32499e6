package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.salary.Measure;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RoleProfilePageTest {

	private static final List<String> SECTIONS = List.of("at-a-glance", "work", "skills", "tools", "languages",
			"theory", "use-cases", "collaborators", "experience", "pay", "demand", "companies", "career", "hiring",
			"beyond", "compare");

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@ParameterizedTest
	@ValueSource(strings = { "ml-engineer", "backend-engineer", "data-engineer", "devops-engineer", "data-scientist",
			"ai-engineer" })
	void everyProfileShowsItsOccupationsDistributionAndOutlookOrSaysWhatIsMissing(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug);
		String pay = page.section("pay");
		String outlook = page.section("outlook");
		for (RoleOccupation mapping : occupations.of(role)) {
			Occupation occupation = mapping.occupation();
			assertThat(pay).contains(occupation.socCode() + " " + occupation.title(), mapping.reason(),
					mapping.proxy() ? "Proxy" : "Own occupation", "Wage percentiles, US, May 2024");
			occupation.percentiles().forEach(figure -> assertThat(pay).contains(figure.display()));
			if (!occupation.missingPercentiles().isEmpty()) {
				assertThat(pay).contains("Not given by the sources, so not drawn");
			}
			assertThat(outlook).contains(occupation.socCode(), "2024–34");
			occupation.outlook().forEach(figure -> assertThat(outlook).contains(figure.display()));
			if (!occupation.missingOutlook().isEmpty()) {
				assertThat(outlook).contains("not given by the sources");
			}
		}
		assertThat(page.document().select("#pay .pay-picture__distribution")).hasSize(occupations.of(role).size());
	}

	@Test
	void theDistributionIsDrawnInPercentileOrderOnTheSharedScale() {
		Page page = site.get("/roles/data-scientist");
		var row = page.document().selectFirst("#pay .pay-picture__distribution");
		double whiskerStart = Double.parseDouble(row.selectFirst(".pay-picture__whisker").attr("x"));
		double boxStart = Double.parseDouble(row.selectFirst(".pay-picture__box").attr("x"));
		double median = Double.parseDouble(row.selectFirst(".salary-chart__point").attr("x"));
		assertThat(whiskerStart).isLessThan(boxStart).isLessThan(median);
		assertThat(row.text()).contains("10th $63,650", "25th $82,630", "median $112,590", "75th $155,810",
				"90th $194,410");
	}

	@Test
	void theAiEngineerHeadlineSaysItIsAProxyAndWhyItSitsBelowTheLevelsFigure() {
		Role role = catalogue.role("ai-engineer").orElseThrow();
		Page page = site.get("/roles/ai-engineer");
		var headline = page.document().selectFirst("#pay .pay-headline");
		assertThat(headline.text()).contains("$140,910", "Proxy", role.headlineSalary().note(), "Levels.fyi");
		assertThat(page.document().select("#pay .pay-global")).isEmpty();
		assertThat(page.section("pay")).contains("$300,600");
	}

	@Test
	void globalSurveyFiguresSitApartFromTheUsChartLabelledAsGlobal() {
		Page page = site.get("/roles/devops-engineer");
		var global = page.document().selectFirst("#pay .pay-global");
		assertThat(global.text()).contains("Global survey figures", "$68,000", "$80,000");
		assertThat(page.document().select("#pay .salary-chart").text()).doesNotContain("$68,000");
		assertThat(occupations.of(catalogue.role("devops-engineer").orElseThrow())).hasSize(2);
		assertThat(page.document().select("#outlook tbody tr")).hasSize(2);
		assertThat(Measure.PERCENTILES).hasSize(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ml-engineer", "backend-engineer", "data-engineer", "devops-engineer", "data-scientist",
			"ai-engineer" })
	void everyProfileFillsEverySectionWithTheRolesOwnContent(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo(role.name());
		assertThat(page.document().title()).isEqualTo(role.name() + " · Toolkit Atlas");
		for (String section : SECTIONS) {
			assertThat(page.section(section)).as(slug + " #" + section).isNotBlank();
		}
		assertThat(page.section("at-a-glance"))
			.contains(role.primaryFocus(), role.keyResponsibility(), role.typicalDeliverable())
			.contains(role.bestFor());
		role.skills().forEach(link -> assertThat(page.section("skills")).contains(link.skill().name()));
		role.tools().forEach(link -> assertThat(page.section("tools")).contains(link.tool().name()));
		role.languages().forEach(link -> assertThat(page.section("languages")).contains(link.language().name()));
		assertThat(page.section("work")).contains(role.workflows());
		assertThat(page.section("theory")).contains(role.theory());
		role.useCases().forEach(useCase -> assertThat(page.section("use-cases")).contains(useCase.title()));
		assertThat(page.section("collaborators")).contains(role.collaborators());
		for (Topic topic : List.of(Topic.ONBOARDING, Topic.DOCUMENTATION, Topic.TOOLING_ECOSYSTEM, Topic.ERGONOMICS,
				Topic.SCALABILITY, Topic.SPEED, Topic.RELIABILITY, Topic.ECOSYSTEM, Topic.TOOL_COSTS,
				Topic.INFRASTRUCTURE_COSTS, Topic.DEVELOPMENT_TOOLS)) {
			assertThat(page.section("experience")).as(topic.name()).contains(role.text(topic));
		}
		assertThat(page.section("hiring")).contains(role.text(Topic.WHEN_TO_HIRE));
		assertThat(page.section("beyond")).contains(role.text(Topic.WHY_LOOK_BEYOND));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ml-engineer", "backend-engineer", "data-engineer", "devops-engineer", "data-scientist",
			"ai-engineer" })
	void everySalaryFigureShowsItsBasisRegionDateAndSource(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug);

		String pay = page.section("pay");
		List<RoleOccupation> mappings = occupations.of(role);
		int repeats = 0;
		for (SalaryFigure figure : role.salaries()) {
			assertThat(pay).contains(figure.period());
			boolean repeat = mappings.stream()
				.anyMatch(mapping -> mapping.occupation().socCode().equals(figure.socCode())
						&& "May 2024".equals(figure.period()) && figure.hasAmount());
			if (repeat) {
				repeats++;
				assertThat(pay).as("the distribution shows the median").contains("median " + figure.display());
			}
			else if (figure.global()) {
				assertThat(page.document().select("#pay .pay-global").text()).contains(figure.summary(),
						figure.region() + ", " + figure.period());
			}
			else {
				assertThat(page.cites("pay", figure.source().code(), figure.source().title())
						|| pay.contains("Source: " + figure.source().title()))
					.as(figure.label())
					.isTrue();
				assertThat(pay).contains(figure.summary(),
						figure.basis().label() + ", " + figure.region() + ", " + figure.period());
			}
		}
		long global = role.salaries().stream().filter(SalaryFigure::global).count();
		assertThat(page.document().select("#pay .salary-chart tbody svg .salary-chart__track"))
			.as("one row per occupation and per US figure the distributions do not already show")
			.hasSize((int) (mappings.size() + role.salaries().size() - global - repeats));
	}

	@Test
	void theMlEngineerProfileCarriesEveryFactTheSeedsStateAboutIt() {
		Page page = site.get("/roles/ml-engineer");

		assertThat(page.section("pay")).contains("$160,000–$250,000 base salary band");
		assertThat(page.cites("pay", "S000", "Undated comparison article")
				|| page.section("pay").contains("Source: Undated comparison article"))
			.isTrue();
		assertThat(page.section("languages")).contains("Python", "SQL", "Scala", "R");
		assertThat(page.section("tools")).contains("TensorFlow", "PyTorch", "scikit-learn", "XGBoost",
				"Jupyter Notebook", "MLflow", "Apache Airflow", "Kubernetes", "Docker", "Amazon SageMaker",
				"Google Vertex AI", "Azure Machine Learning", "PostgreSQL", "Google BigQuery", "MongoDB", "Databricks",
				"Terraform");
		assertThat(page.section("skills")).contains("Machine learning algorithms", "MLOps", "Deep learning",
				"Data engineering", "Cloud computing");
		assertThat(page.section("work")).contains("CI/CD for machine learning", "Monitoring models in production");
		assertThat(page.section("theory")).contains("Linear algebra", "Probability and statistics", "Optimisation",
				"Deep-learning theory");
		assertThat(page.section("use-cases")).contains("Recommendation engines", "Fraud detection", "chatbots",
				"Predictive analytics platforms", "Computer-vision tools", "streaming service");
		assertThat(page.section("collaborators")).contains("Data scientists", "Data engineers",
				"Product managers of AI-driven features");
		assertThat(page.section("companies")).contains("Google", "Amazon", "Microsoft", "Meta", "OpenAI", "Databricks");
		assertThat(page.section("career")).contains("Staff ML Engineer", "Principal ML Engineer",
				"ML Engineering Manager");
		assertThat(page.section("demand")).contains("finance", "healthcare", "e-commerce");
		assertThat(page.section("hiring")).contains("data-driven product", "AI feature", "automation tool");
	}

	@Test
	void theBackendEngineerProfileCarriesEveryFactTheSeedsStateAboutIt() {
		Page page = site.get("/roles/backend-engineer");

		assertThat(page.section("pay")).contains("$100,000–$180,000 base salary band", "median $133,080");
		assertThat(page.section("languages")).contains("Java", "Python", "Go", "JavaScript / TypeScript", "C#", "Ruby");
		assertThat(page.section("tools")).contains("Spring Boot", "Django", "FastAPI", "Express.js", "Node.js", ".NET",
				"MySQL", "PostgreSQL", "MongoDB", "Redis", "REST", "GraphQL", "Docker", "Kubernetes", "Apache Kafka",
				"Prometheus", "Grafana", "Jira");
		assertThat(page.section("skills")).contains("Distributed systems design", "API development",
				"Database management", "System scalability", "Security practices");
		assertThat(page.section("companies")).contains("Google", "Amazon", "Microsoft", "Meta", "Netflix", "Stripe");
		assertThat(page.section("career")).contains("Senior Backend Engineer", "Principal Backend Engineer",
				"Solutions Architect");
		assertThat(page.section("collaborators")).contains("Frontend developers", "DevOps", "QA", "security");
		assertThat(page.section("demand")).contains("IoT", "blockchain");
	}

	@Test
	void aCareerLadderThatSplitsIsDrawnWithTheRoadsSideBySide() {
		Page page = site.get("/roles/ml-engineer");

		assertThat(page.document().select("#career .ladder > li:first-child .ladder__step").eachText())
			.containsExactly("Staff ML Engineer");
		assertThat(page.document().select("#career .ladder__rung--split .ladder__step").eachText())
			.containsExactly("Principal ML Engineer", "ML Engineering Manager");
		assertThat(page.select("#career .ladder__rung--split .ladder__fork").text())
			.isEqualTo("After Staff ML Engineer, the road splits:");
		assertThat(site.get("/roles/data-engineer").document().select("#career .ladder__rung--split")).isEmpty();
	}

	@Test
	void whereNoSourceNamesHiringCompaniesThePageSaysSo() {
		List<Role> without = catalogue.roles().stream().filter(role -> role.hiringCompanies().isEmpty()).toList();
		assertThat(without).extracting(Role::slug)
			.as("lists drawn from another role's article or a two-city survey are gone")
			.contains("data-engineer", "data-scientist", "ai-engineer", "devops-engineer");
		for (Role role : without) {
			Page page = site.get("/roles/" + role.slug());
			assertThat(page.section("companies")).as(role.slug()).containsIgnoringCase("no reliable source");
			assertThat(page.document().select("#companies .tags li")).as(role.slug()).isEmpty();
		}
	}

	@Test
	void theAiEngineerProfileExplainsHowTheMarketUsesTheTitleDifferently() {
		Page page = site.get("/roles/ai-engineer");

		assertThat(page.text()).contains("How others use the title");
		assertThat(page.select(".page-head .note").text()).containsIgnoringCase("pre-trained");
	}

	@Test
	void aProfileLinksToTheComparisonWithEachOtherRole() {
		Page page = site.get("/roles/data-engineer");

		assertThat(page.document().select("#compare a").eachAttr("href")).containsExactly(
				"/compare/ml-engineer-vs-data-engineer", "/compare/backend-engineer-vs-data-engineer",
				"/compare/data-engineer-vs-devops-engineer", "/compare/data-engineer-vs-data-scientist",
				"/compare/data-engineer-vs-ai-engineer");
	}

	@Test
	void anUnknownRoleGetsA404InTheSiteLayoutThatNamesItAndListsTheSixRoles() {
		Page page = site.get("/roles/astronaut");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.h1()).isEqualTo("Not found");
		assertThat(page.text()).contains("There is no role called “astronaut”");
		assertThat(page.document().select("main a[href^=/roles/]").eachText()).contains("Machine Learning Engineer",
				"AI Engineer");
		assertThat(page.select("nav.site-nav")).isNotNull();
	}

}
