package com.toolkitatlas.catalogue;

import java.util.ArrayList;
import java.util.List;

import static com.toolkitatlas.catalogue.Importance.CORE;
import static com.toolkitatlas.catalogue.Importance.SECONDARY;

/**
 * A small catalogue built in Java for unit and slice tests: five roles, six skills, five
 * tools and three languages, so that every expectation can be worked out by hand. The
 * skills and tools of each role (S for a skill, T for a tool; * marks a core one):
 *
 * <pre>
 * ML Engineer       machine learning*, statistics*, data pipelines | PyTorch*, Docker*, Kubernetes
 * Backend Engineer  API design*, CI/CD                             | PostgreSQL*, Docker*, Kubernetes*
 * Data Engineer     data pipelines*, API design                    | Apache Spark*, PostgreSQL*, Docker
 * DevOps Engineer   CI/CD*, monitoring*                            | Docker*, Kubernetes*
 * Research Scientist machine learning*, statistics*                | PyTorch*
 * </pre>
 *
 * Similarity (skills and tools both have / either has), as {@link Overlap} computes it:
 *
 * <pre>
 *              Backend      Data        DevOps      Research
 * ML           2/9  22%     2/9  22%    2/8  25%    3/6  50%
 * Backend                   3/7  43%    3/6  50%    0/8   0%
 * Data                                  1/8  13%    0/8   0%
 * DevOps                                            0/7   0%
 * </pre>
 *
 * Headline pay: ML $160k–$250k and Backend $100k–$180k base ranges (US), Data a $125,758
 * average (US), DevOps a $140,910 median (US), Research a $90,000 median (UK). The ML
 * Engineer has an editorial ranking of its alternatives; the others are ranked by
 * similarity.
 */
public final class CatalogueFixture {

	public static final Source ARTICLE = new Source("S1", true, "An undated toolkit comparison article", null, null,
			"skills, tools and pay bands", null);

	public static final Source SURVEY = new Source("W1", false, "A national pay survey", "https://example.org/pay",
			"May 2024", "pay by occupation", "A");

	public static final Category DATA_SKILLS = new Category("data", "Data and modelling", 1);

	public static final Category ENGINEERING = new Category("engineering", "Software engineering", 2);

	public static final Category PLATFORM = new Category("platform", "Platform", 1);

	public static final Category DATA_TOOLS = new Category("data-tools", "Data and machine learning", 2);

	/** A category no skill belongs to, so that grouping has an empty one to leave out. */
	public static final Category SECURITY = new Category("security", "Security", 3);

	public static final CostModel OPEN_SOURCE = new CostModel("open_source", "Open source", "Free to use and change");

	public static final Skill MACHINE_LEARNING = new Skill("machine-learning", "Machine learning", DATA_SKILLS);

	public static final Skill STATISTICS = new Skill("statistics", "Statistics", DATA_SKILLS);

	public static final Skill PIPELINES = new Skill("data-pipelines", "Data pipelines", DATA_SKILLS);

	public static final Skill API_DESIGN = new Skill("api-design", "API design", ENGINEERING);

	public static final Skill CI_CD = new Skill("ci-cd", "CI/CD", ENGINEERING);

	public static final Skill MONITORING = new Skill("monitoring", "Monitoring", ENGINEERING);

	public static final Tool DOCKER = new Tool("docker", "Docker", PLATFORM, new Tool.ToolCost(OPEN_SOURCE,
			"Free engine", "https://example.org/docker-licence ; https://example.org/docker-pricing", "2026-11"));

	public static final Tool KUBERNETES = new Tool("kubernetes", "Kubernetes", PLATFORM,
			new Tool.ToolCost(OPEN_SOURCE, "Apache 2.0", "https://example.org/kubernetes-licence", "2026-11"));

	public static final Tool SPARK = new Tool("spark", "Apache Spark", DATA_TOOLS, null);

	public static final Tool PYTORCH = new Tool("pytorch", "PyTorch", DATA_TOOLS,
			new Tool.ToolCost(OPEN_SOURCE, "BSD", "https://example.org/pytorch-licence", "2026-11"));

	public static final Tool POSTGRESQL = new Tool("postgresql", "PostgreSQL", DATA_TOOLS,
			new Tool.ToolCost(OPEN_SOURCE, "PostgreSQL licence", "https://example.org/postgresql-licence", "2026-11"));

	public static final Language PYTHON = new Language("python", "Python");

	public static final Language GO = new Language("go", "Go");

	public static final Language SQL = new Language("sql", "SQL");

	public static final Company STREAMING = new Company("streamco", "StreamCo");

	public static final Company PAYMENTS = new Company("payco", "PayCo");

	public static final Role ML = new RoleBuilder("ml-engineer", "Machine Learning Engineer", "ML Engineer", 1)
		.citing(ARTICLE)
		.skill(MACHINE_LEARNING, CORE)
		.skill(STATISTICS, CORE)
		.skill(PIPELINES, SECONDARY)
		.tool(PYTORCH, CORE)
		.tool(DOCKER, CORE)
		.tool(KUBERNETES, SECONDARY)
		.language(PYTHON, CORE)
		.language(SQL, SECONDARY)
		.workflows("Training models", "Serving models")
		.theory("Linear algebra")
		.useCase("Recommendation engines", "Films for a streaming service")
		.collaborators("Data scientists")
		.bestFor("Putting models into production", "Teams with a data platform", "Products that learn")
		.salary(band(160_000, 250_000, ARTICLE, true))
		.salary(new SalaryFigure(SalaryBasis.MEDIAN, 140_000, null, null, null, "US", "May 2024", "Survey median", null,
				false, SURVEY, "2024-05", null, false))
		.hiredBy(STREAMING)
		.careerSteps("ML Engineer", "Senior ML Engineer", "Staff ML Engineer")
		.editorialAlternatives(ARTICLE, "data-engineer", "research-scientist", "devops-engineer", "backend-engineer")
		.build();

	public static final Role BACKEND = new RoleBuilder("backend-engineer", "Backend Engineer", "Backend Engineer", 2)
		.citing(ARTICLE)
		.skill(API_DESIGN, CORE)
		.skill(CI_CD, SECONDARY)
		.tool(POSTGRESQL, CORE)
		.tool(DOCKER, CORE)
		.tool(KUBERNETES, CORE)
		.language(GO, CORE)
		.language(SQL, CORE)
		.language(PYTHON, SECONDARY)
		.workflows("Designing services")
		.theory("Distributed systems")
		.useCase("Payment services", null)
		.collaborators("Frontend developers")
		.bestFor("Reliable services", "APIs", "Scaling a product")
		.salary(band(100_000, 180_000, ARTICLE, true))
		.hiredBy(PAYMENTS)
		.hiredBy(STREAMING)
		.careerSteps("Backend Engineer", "Senior Backend Engineer")
		.build();

	public static final Role DATA = new RoleBuilder("data-engineer", "Data Engineer", "Data Engineer", 3)
		.citing(ARTICLE)
		.skill(PIPELINES, CORE)
		.skill(API_DESIGN, SECONDARY)
		.tool(SPARK, CORE)
		.tool(POSTGRESQL, CORE)
		.tool(DOCKER, SECONDARY)
		.language(PYTHON, CORE)
		.language(SQL, CORE)
		.workflows("Building pipelines")
		.theory("Database theory")
		.useCase("Data warehouses", null)
		.collaborators("Analysts")
		.bestFor("Clean data", "Pipelines that run at night", "Warehouses")
		.salary(new SalaryFigure(SalaryBasis.AVERAGE, 125_758, null, null, null, "US", "2024", "Advertised average",
				null, true, SURVEY, "2024", null, false))
		.note(ListTopic.HIRING_COMPANIES, "No source lists the employers of data engineers.")
		.note(ListTopic.CAREER_PROGRESSION, "No source describes the ladder.")
		.build();

	public static final Role DEVOPS = new RoleBuilder("devops-engineer", "DevOps Engineer", "DevOps Engineer", 4)
		.citing(ARTICLE)
		.skill(CI_CD, CORE)
		.skill(MONITORING, CORE)
		.tool(DOCKER, CORE)
		.tool(KUBERNETES, CORE)
		.language(GO, CORE)
		.language(PYTHON, SECONDARY)
		.workflows("Automating delivery")
		.theory("Queueing theory")
		.useCase("Deployment pipelines", null)
		.collaborators("Developers")
		.bestFor("Automation", "Reliability", "Delivery")
		.salary(new SalaryFigure(SalaryBasis.MEDIAN, 140_910, 80_000, 220_000, "10th to 90th percentile", "US",
				"May 2024", "Median", null, true, SURVEY, "2024-05", null, false))
		.hiredBy(PAYMENTS)
		.careerSteps("DevOps Engineer", "Platform Lead")
		.build();

	public static final Role RESEARCH = new RoleBuilder("research-scientist", "Research Scientist",
			"Research Scientist", 5)
		.citing(ARTICLE)
		.skill(MACHINE_LEARNING, CORE)
		.skill(STATISTICS, CORE)
		.tool(PYTORCH, CORE)
		.language(PYTHON, CORE)
		.workflows("Running experiments")
		.theory("Probability")
		.useCase("New model architectures", null)
		.collaborators("Engineers")
		.bestFor("Open questions", "Papers", "Experiments")
		.salary(new SalaryFigure(SalaryBasis.MEDIAN, 90_000, null, null, null, "UK", "2024", "Median", null, true,
				SURVEY, "2024", null, false))
		.note(ListTopic.HIRING_COMPANIES, "No source lists the employers of research scientists.")
		.build();

	public static final List<Role> ROLES = List.of(ML, BACKEND, DATA, DEVOPS, RESEARCH);

	private CatalogueFixture() {
	}

	/**
	 * The catalogue of the five roles, every pair with a paragraph on how its two roles
	 * differ; ML against Backend also has two notes of its own.
	 */
	public static Catalogue catalogue() {
		return new Catalogue(ROLES, List.of(MACHINE_LEARNING, STATISTICS, PIPELINES, API_DESIGN, CI_CD, MONITORING),
				List.of(DOCKER, KUBERNETES, SPARK, PYTORCH, POSTGRESQL), List.of(PYTHON, GO, SQL),
				List.of(ARTICLE, SURVEY), List.of(DATA_SKILLS, ENGINEERING, SECURITY), List.of(PLATFORM, DATA_TOOLS),
				List.of(OPEN_SOURCE), pairs(ROLES));
	}

	/** Every two of the roles, in display order, as the catalogue holds them. */
	public static List<RolePair> pairs(List<Role> roles) {
		List<RolePair> pairs = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			for (int j = i + 1; j < roles.size(); j++) {
				Role first = roles.get(i);
				Role second = roles.get(j);
				List<RolePair.Note> notes = first == ML && second == BACKEND
						? List.of(
								new RolePair.Note(ComparisonSection.VERDICT,
										"Both pay well; the source ranks ML higher.", ARTICLE),
								new RolePair.Note(ComparisonSection.COST, "Models cost more to run.", null))
						: List.of();
				pairs.add(new RolePair(first, second, difference(first, second), notes));
			}
		}
		return List.copyOf(pairs);
	}

	/** The paragraph every fixture pair has on how its two roles differ. */
	public static String difference(Role first, Role second) {
		return "How " + first.shortName() + " and " + second.shortName() + " differ.";
	}

	private static SalaryFigure band(int low, int high, Source source, boolean headline) {
		return new SalaryFigure(SalaryBasis.BASE_RANGE, null, low, high, "base salary band", "US", "2025",
				"Base salary band", null, headline, source, "2025", null, false);
	}

}
