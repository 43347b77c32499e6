package com.toolkitatlas.compare;

import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class PairComparisonPageTest {

	/** The sections of a pair page in order, each named as the pair notes name it. */
	private static final List<String> SECTIONS = List.of("AT_A_GLANCE", "COST", "DEVELOPER_EXPERIENCE", "PERFORMANCE",
			"ECOSYSTEM", "USE_CASES", "OVERLAP", "VERDICT", "WHEN_TO_HIRE");

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	private static String id(String section) {
		return section.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Test
	void everyPairRendersEverySectionInOrderWithBothRolesOwnContent() {
		int roles = catalogue.roles().size();
		assertThat(catalogue.pairs()).hasSize(roles * (roles - 1) / 2);
		SoftAssertions softly = new SoftAssertions();
		for (RolePair pair : catalogue.pairs()) {
			Page page = site.get("/compare/" + pair.first().slug() + "-vs-" + pair.second().slug());
			String name = pair.first().shortName() + " vs " + pair.second().shortName();

			softly.assertThat(page.status()).as(name).isEqualTo(200);
			softly.assertThat(page.h1()).isEqualTo(pair.first().name() + " vs " + pair.second().name());
			softly.assertThat(page.select("link[rel=canonical]").attr("href"))
				.isEqualTo("http://localhost:8080/compare/" + pair.first().slug() + "-vs-" + pair.second().slug());
			softly.assertThat(page.section("difference")).as(name).isEqualTo(pair.difference());
			softly.assertThat(page.document().select("main section[id] > h2").eachText())
				.as(name)
				.containsExactly("The short answer", "At a glance", "Cost", "Developer experience", "Performance",
						"Ecosystem", "Use cases", "Skill and tool overlap", "Verdict", "When to hire each",
						"Sources on this page", "More comparisons");
			for (String section : SECTIONS) {
				softly.assertThat(page.section(id(section))).as(name + " #" + id(section)).isNotBlank();
				for (RolePair.Note note : pair.notes(ComparisonSection.valueOf(section))) {
					softly.assertThat(page.section(id(section))).as(name + " note in " + section).contains(note.body());
					softly.assertThat(page.cites(id(section), note.source().code(), note.source().title()))
						.as(name + " note in " + section + " cites " + note.source().code())
						.isTrue();
				}
			}
			for (Role role : List.of(pair.first(), pair.second())) {
				assertShowsTheRolesOwnContent(softly, page, role, name);
			}
			assertShowsTheOverlap(softly, page, Overlap.of(pair.first(), pair.second()), name);
		}
		softly.assertAll();
	}

	private static void assertShowsTheRolesOwnContent(SoftAssertions softly, Page page, Role role, String pair) {
		String about = pair + ", " + role.shortName();
		String glance = page.section("at-a-glance");
		softly.assertThat(page.document().select("#at-a-glance thead a").eachAttr("href"))
			.as(about)
			.contains("/roles/" + role.slug());
		softly.assertThat(glance)
			.as(about)
			.contains(role.bestFor())
			.contains(role.primaryFocus(), role.keyResponsibility(), role.text(Topic.RESPONSIBILITIES),
					role.text(Topic.THEORY), role.headlineSalary().summary())
			.contains(role.workflows())
			.contains(role.theory())
			.contains(role.collaborators());
		role.coreSkills().forEach(link -> softly.assertThat(glance).as(about).contains(link.skill().name()));
		role.coreTools().forEach(link -> softly.assertThat(glance).as(about).contains(link.tool().name()));
		role.languages().forEach(link -> softly.assertThat(glance).as(about).contains(link.language().name()));
		role.careerSteps().forEach(step -> softly.assertThat(glance).as(about).contains(step.title()));
		if (role.hiringCompanies().isEmpty()) {
			softly.assertThat(glance).as(about).contains(role.note(ListTopic.HIRING_COMPANIES));
		}
		role.hiringCompanies().forEach(hiring -> softly.assertThat(glance).as(about).contains(hiring.company().name()));

		String cost = page.section("cost");
		SalaryFigure pay = role.headlineSalary();
		softly.assertThat(cost)
			.as(about)
			.contains(pay.summary(), pay.basis().label() + ", " + pay.region() + ", " + pay.period(),
					role.text(Topic.TOOL_COSTS), role.text(Topic.INFRASTRUCTURE_COSTS),
					role.text(Topic.DEVELOPMENT_TOOLS));
		softly.assertThat(page.cites("cost", pay.source().code(), pay.source().title())).as(about).isTrue();
		softly.assertThat(page.section("answer"))
			.as(about)
			.contains(pay.summary(), pay.basis().label() + ", " + pay.region() + ", " + pay.period(),
					role.primaryFocus(), role.typicalDeliverable());
		role.coreTools()
			.forEach(link -> softly.assertThat(page.section("answer")).as(about).contains(link.tool().name()));
		softly.assertThat(page.cites("answer", pay.source().code(), pay.source().title())).as(about).isTrue();
		role.salaries().forEach(figure -> softly.assertThat(cost).as(about).contains(figure.summary()));
		for (RoleTool link : role.coreTools()) {
			String costModel = link.tool().costChecked() ? link.tool().cost().model().label() : "Not checked yet";
			softly.assertThat(cost).as(about).contains(link.tool().name() + " " + costModel);
		}

		for (Topic topic : List.of(Topic.ONBOARDING, Topic.DOCUMENTATION, Topic.TOOLING_ECOSYSTEM, Topic.ERGONOMICS)) {
			softly.assertThat(page.section("developer-experience")).as(about).contains(role.text(topic));
		}
		for (Topic topic : List.of(Topic.SCALABILITY, Topic.SPEED, Topic.RELIABILITY)) {
			softly.assertThat(page.section("performance")).as(about).contains(role.text(topic));
		}
		softly.assertThat(page.section("ecosystem")).as(about).contains(role.text(Topic.ECOSYSTEM));
		softly.assertThat(page.section("use-cases")).as(about).contains(role.text(Topic.PROJECTS));
		role.useCases()
			.forEach(useCase -> softly.assertThat(page.section("use-cases"))
				.as(about)
				.contains(useCase.title())
				.contains(useCase.example() == null ? "" : useCase.example()));
		softly.assertThat(page.section("verdict"))
			.as(about)
			.contains(role.text(Topic.IDEAL_FOR), role.text(Topic.INDUSTRY_DEMAND),
					role.text(Topic.PROJECT_REQUIREMENTS));
		softly.assertThat(page.section("answer"))
			.as(about)
			.contains(role.text(Topic.PICK_ADVICE),
					"Choose " + role.name() + " if " + role.text(Topic.CHOOSE_IF) + ".");
		softly.assertThat(page.section("when-to-hire"))
			.as(about)
			.contains(role.text(Topic.WHEN_TO_HIRE), role.typicalDeliverable());
		softly.assertThat(page.links()).as(about).contains("/roles/" + role.slug() + "/alternatives");
	}

	private static void assertShowsTheOverlap(SoftAssertions softly, Page page, Overlap overlap, String pair) {
		softly.assertThat(page.section("overlap"))
			.as(pair)
			.contains(overlap.similarityPercent() + "% similar", "Jaccard");
		String both = page.select("#overlap-both").parent().text();
		String onlyFirst = page.select("#overlap-first").parent().text();
		String onlySecond = page.select("#overlap-second").parent().text();
		overlap.sharedSkills().forEach(skill -> softly.assertThat(both).as(pair).contains(skill.name()));
		overlap.sharedTools().forEach(tool -> softly.assertThat(both).as(pair).contains(tool.name()));
		overlap.onlyFirstSkills().forEach(skill -> softly.assertThat(onlyFirst).as(pair).contains(skill.name()));
		overlap.onlyFirstTools().forEach(tool -> softly.assertThat(onlyFirst).as(pair).contains(tool.name()));
		overlap.onlySecondSkills().forEach(skill -> softly.assertThat(onlySecond).as(pair).contains(skill.name()));
		overlap.onlySecondTools().forEach(tool -> softly.assertThat(onlySecond).as(pair).contains(tool.name()));
	}

	@Test
	void theMlVsBackendPageShowsBothSalaryBandsOfTheSameKind() {
		Page page = site.get("/compare/ml-engineer-vs-backend-engineer");

		assertThat(page.section("at-a-glance")).contains("$160,000–$250,000 base salary band",
				"$100,000–$180,000 base salary band");
		assertThat(page.section("cost")).contains("$160,000–$250,000 base salary band",
				"$100,000–$180,000 base salary band",
				"Both headline figures are of the same kind (base salary range, US)");
		assertThat(page.cites("cost", "S000", "Undated comparison article")).isTrue();
		assertThat(page.select("#cost .salary-warning")).isNull();
		assertThat(page.document().select("#cost .salary-chart").first().select("tbody .salary-chart__band"))
			.hasSize(2);
	}

	@Test
	void theMlVsBackendPageCoversEveryPointOfTheSeeds() {
		Page page = site.get("/compare/ml-engineer-vs-backend-engineer");
		String glance = page.section("at-a-glance");

		// Seed 000, at a glance: skills, languages, workflows, companies, career steps.
		assertThat(glance).contains("Machine learning algorithms", "MLOps", "Deep learning", "Data engineering",
				"Cloud computing", "Distributed systems design", "API development", "Database management",
				"System scalability", "Security practices", "Python", "SQL", "Scala", "R", "Java", "Go",
				"JavaScript / TypeScript", "C#", "Developing and training models", "CI/CD for machine learning",
				"Monitoring models in production", "Agile development", "Code reviews", "Designing microservices",
				"Building RESTful APIs", "OpenAI", "Databricks", "Netflix", "Stripe", "Staff ML Engineer",
				"Principal ML Engineer", "ML Engineering Manager", "Senior Backend Engineer",
				"Principal Backend Engineer", "Solutions Architect");
		// Seed 002: responsibilities, theory foundations, collaborators and its summaries
		// of each.
		assertThat(glance).contains("preprocessing, training, evaluation and optimisation",
				"server-side code, the databases and the APIs", "Linear algebra", "Probability and statistics",
				"Optimisation", "Deep-learning theory", "Software-engineering principles", "System-design patterns",
				"Database theory", "Network protocols and load balancing", "Data scientists", "Data engineers",
				"Product managers of AI-driven features", "Frontend developers", "DevOps teams",
				"QA and security specialists", "algorithms that make a product intelligent", "leans on mathematics",
				"leans on system design and performance");
		// Seed 002, tech stacks: every tool and database of both lists.
		assertThat(page.section("overlap")).contains("TensorFlow", "PyTorch", "scikit-learn", "XGBoost",
				"Jupyter Notebook", "MLflow", "Apache Airflow", "Kubernetes", "PostgreSQL", "Google BigQuery",
				"MongoDB", "Data lake storage", "Amazon SageMaker", "Google Vertex AI", "Azure Machine Learning",
				"Express.js", "Spring Boot", "Django", "FastAPI", "MySQL", "Redis", "REST", "GraphQL", "Docker",
				"Node.js", ".NET", "Amazon Web Services", "Google Cloud", "Microsoft Azure", "CI/CD",
				"data science and AI tools", "web services, server performance and the design of APIs");
		assertThat(glance).contains("Ruby");
		// Seed 000, cost, developer experience, performance, ecosystem.
		assertThat(page.section("cost")).contains("Kubernetes", "Terraform", "Prometheus", "Grafana", "Jupyter",
				"Databricks", "Jira", "strategic focus", "lower operating cost");
		assertThat(page.section("developer-experience")).contains("TensorFlow", "MLflow", "SageMaker", "Spring Boot",
				"Node.js", "Mozilla Developer Network", "Grafana", "Prometheus", "smoother and more intuitive");
		assertThat(page.section("performance")).contains("Databricks", "GPUs", "Django", "PostgreSQL", "Kafka",
				"Prometheus", "computing power");
		assertThat(page.section("ecosystem")).contains("TensorFlow", "PyTorch", "SageMaker", "Airflow", "Spring Boot",
				"Node.js", "Django", "Kafka", "Both ecosystems are mature");
		// Both seeds, best-suited projects.
		assertThat(page.section("use-cases")).contains("Recommendation engines", "Fraud detection", "chatbots",
				"Predictive analytics platforms", "Computer-vision tools", "streaming service", "Scalable web APIs",
				"Microservices", "Billing and authentication systems", "Cloud-based services",
				"Background jobs and workers", "mobile app", "cloud database", "intelligent components");
		// Seed 000, verdict; seed 002, when to hire.
		assertThat(page.section("verdict")).contains("finance", "healthcare", "e-commerce", "IoT", "blockchain",
				"TensorFlow or PyTorch", "Spring Boot or Django", "career goals", "higher salary band",
				"Apache Airflow for orchestrating workflows");
		assertThat(page.section("when-to-hire")).contains("data-driven product", "AI feature", "automation tool",
				"reliable, scalable and secure", "They also join different teams");
	}

	@Test
	void figuresOfDifferentKindsCarryAVisibleWarningThatNamesTheirBases() {
		Page page = site.get("/compare/ml-engineer-vs-data-scientist");

		assertThat(page.select("#cost .salary-warning").text()).contains("Not the same kind of figure",
				"ML Engineer: base salary range", "Data Scientist: median");
	}

	@Test
	void skillsToolsAndLanguagesLinkToTheirPages() {
		Page page = site.get("/compare/data-engineer-vs-devops-engineer");
		List<String> links = page.document().select("#at-a-glance td a").eachAttr("href");

		assertThat(links).contains("/skills/data-pipelines", "/tools/spark", "/tools/kubernetes",
				"/roles?language=python");
		assertThat(page.document().select("#overlap a[href^=/tools/]")).isNotEmpty();
		assertThat(page.document().select("#cost .tool-costs a[rel=nofollow]")).isNotEmpty();
	}

	@Test
	void thePageOffersTheOtherPairsOfEitherRoleAndTheirAlternatives() {
		Page page = site.get("/compare/ml-engineer-vs-backend-engineer");

		Role ml = catalogue.role("ml-engineer").orElseThrow();
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		assertThat(page.document().select("#more a[href^=/compare/]").eachAttr("href"))
			.hasSize(catalogue.pairsOf(ml).size() - 1 + catalogue.pairsOf(backend).size() - 1)
			.contains("/compare/ml-engineer-vs-data-engineer", "/compare/ml-engineer-vs-ai-engineer",
					"/compare/backend-engineer-vs-data-engineer", "/compare/backend-engineer-vs-ai-engineer")
			.doesNotContain("/compare/ml-engineer-vs-backend-engineer");
		assertThat(page.links()).contains("/roles/ml-engineer/alternatives", "/roles/backend-engineer/alternatives");
		assertThat(page.linkTextTo("/compare/backend-engineer-vs-devops-engineer"))
			.isEqualTo("Backend Engineer vs DevOps Engineer");
	}

	@Test
	void thePrintStylesheetHidesNavigationAndKeepsTablesWhole() {
		Page page = site.get("/compare/ml-engineer-vs-backend-engineer");
		String css = site.get(page.select("link[rel=stylesheet]").attr("href")).body();

		assertThat(page.select("#more").hasClass("compare-more")).isTrue();
		assertThat(css).contains("@media print", ".site-header, .site-footer", ".picker, .compare-more", "table, tr",
				"break-inside: avoid");
	}

	@Test
	void everySkillLinkOfAPairPointsAtASkillTheRoleHas() {
		Page page = site.get("/compare/ml-engineer-vs-ai-engineer");
		Role ai = catalogue.role("ai-engineer").orElseThrow();

		assertThat(page.document().select("#at-a-glance tbody:nth-of-type(4) td:nth-child(2) a").eachAttr("href"))
			.containsExactlyElementsOf(
					ai.coreSkills().stream().map(RoleSkill::skill).map(skill -> "/skills/" + skill.slug()).toList());
	}

}
