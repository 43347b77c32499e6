package com.toolkitatlas.source;

import java.util.List;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CostModel;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.compare.SimilarityMatrix;
import com.toolkitatlas.hire.HireMethod;
import com.toolkitatlas.hire.HireService;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.pick.PickMethod;
import com.toolkitatlas.pick.PickService;
import com.toolkitatlas.web.Count;

import org.springframework.stereotype.Service;

/** The sources of the catalogue and the evidence behind each checked tool cost. */
@Service
public class SourceService {

	private final Catalogue catalogue;

	/**
	 * Worked out once: it depends on the catalogue alone, which is loaded when the
	 * application starts, and computing every pair's overlap again was a fifth of the
	 * page's uncached cost (bench/RESULTS.md, "Rendering, fourth round").
	 */
	private final SimilarityMatrix similarity;

	/**
	 * The page, tables written, worked out once, like the similarity matrix: it depends
	 * on the catalogue alone, and writing its two long tables on every request was a
	 * tenth of its uncached cost (bench/RESULTS.md, "Rendering, fifth round").
	 */
	private final SourcesPage page;

	public SourceService(Catalogue catalogue, PickService pick, HireService hire) {
		this.catalogue = catalogue;
		this.similarity = SimilarityMatrix.of(catalogue.roles());
		this.page = build(pick.method(), hire.method());
	}

	public SourcesPage page() {
		return page;
	}

	private SourcesPage build(PickMethod pickMethod, HireMethod hireMethod) {
		List<Role> editorialRankings = catalogue.roles().stream().filter(Role::hasEditorialAlternatives).toList();
		return new SourcesPage(catalogue.sources(), catalogue.tools().stream().filter(Tool::costChecked).toList(),
				catalogue.tools().stream().filter(tool -> !tool.costChecked()).toList(), catalogue.costModels(),
				similarity, pickMethod, new Count((int) catalogue.sources().stream().filter(Source::seed).count()),
				editorialRankings, new Count(catalogue.roles().size() - editorialRankings.size()), hireMethod);
	}

	public SourcesResource resource() {
		return new SourcesResource(
				catalogue.sources()
					.stream()
					.map(source -> new SourcesResource.Entry(source.code(), source.seed() ? "seed" : "web",
							source.title(), source.url(), source.published(), source.measured(), source.confidence()))
					.toList(),
				catalogue.tools()
					.stream()
					.filter(Tool::costChecked)
					.map(tool -> new SourcesResource.ToolCostEvidence(tool.slug(), tool.name(), Json.Cost.of(tool)))
					.toList());
	}

	/**
	 * What the sources page shows: the sources, the tool-cost evidence, and the methods
	 * of the computations.
	 *
	 * @param definingDocuments how many of the sources are the documents that define the
	 * roles
	 * @param editorialRankings the roles whose alternatives a source ranks
	 * @param rolesWithoutEditorialRanking how many roles no source ranks the alternatives
	 * of
	 * @param hireMethod the links between kinds of project and roles behind /hire
	 * @param sourceRowsMarkup a row per source, its code as the row's id (what the other
	 * pages' source links point at): its title, linked where it has a public address, its
	 * date, what it measured and its grade
	 * @param checkedToolRowsMarkup a row per checked tool: its cost model, what the
	 * evidence shows, a link to each piece of evidence ("evidence 1", "evidence 2" where
	 * there are several) and when it was read
	 */
	public record SourcesPage(List<Source> sources, List<Tool> checkedTools, List<Tool> uncheckedTools,
			List<CostModel> costModels, SimilarityMatrix similarity, PickMethod pickMethod, Count definingDocuments,
			List<Role> editorialRankings, Count rolesWithoutEditorialRanking, HireMethod hireMethod,
			String sourceRowsMarkup, String checkedToolRowsMarkup) {

		/*
		 * The page's two long tables are written here rather than by the template: they
		 * were some 860 of the page's 1,400 elements, and Thymeleaf's work per processed
		 * element was most of its cost (bench/RESULTS.md, "Rendering, fourth round").
		 */
		public SourcesPage(List<Source> sources, List<Tool> checkedTools, List<Tool> uncheckedTools,
				List<CostModel> costModels, SimilarityMatrix similarity, PickMethod pickMethod, Count definingDocuments,
				List<Role> editorialRankings, Count rolesWithoutEditorialRanking, HireMethod hireMethod) {
			this(sources, checkedTools, uncheckedTools, costModels, similarity, pickMethod, definingDocuments,
					editorialRankings, rolesWithoutEditorialRanking, hireMethod, sourceRowsMarkup(sources),
					checkedToolRowsMarkup(checkedTools));
		}

		private static String sourceRowsMarkup(List<Source> sources) {
			Markup html = new Markup(256 * sources.size());
			for (Source source : sources) {
				html.tag("\n<tr")
					.attribute("id", source.code())
					.tag(">\n<td>")
					.text(source.code())
					.tag("</td>\n<th scope=\"row\">\n");
				if (source.hasUrl()) {
					html.tag("<a")
						.attribute("href", source.url())
						.tag(" rel=\"nofollow\">")
						.text(source.title())
						.tag("</a>\n");
				}
				else {
					html.tag("<span>")
						.text(source.title())
						.tag("</span>\n<span class=\"muted\">(no public address)</span>\n");
				}
				html.tag("</th>\n<td>")
					.text(orEmpty(source.published()))
					.tag("</td>\n<td>")
					.text(orEmpty(source.measured()))
					.tag("</td>\n<td>")
					.text((source.confidence() != null) ? source.confidence() : "not graded")
					.tag("</td>\n</tr>");
			}
			return html.tag("\n").toString();
		}

		private static String checkedToolRowsMarkup(List<Tool> checkedTools) {
			Markup html = new Markup(512 * checkedTools.size());
			for (Tool tool : checkedTools) {
				html.tag("\n<tr>\n<th scope=\"row\">")
					.text(tool.name())
					.tag("</th>\n<td>")
					.text(tool.cost().model().label())
					.tag("</td>\n<td>")
					.text(orEmpty(tool.cost().note()))
					.tag("</td>\n<td>");
				tool.cost().writeEvidenceLinks(html, "licence or pricing page");
				html.tag("\n<span class=\"muted\">").text("(" + tool.cost().checked() + ")").tag("</span></td>\n</tr>");
			}
			return html.tag("\n").toString();
		}

		/**
		 * What each cost model means, as a list of terms and descriptions. Written here,
		 * on each request, as the sources page's other lists are (bench/RESULTS.md,
		 * "Rendering, seventh round").
		 */
		public String costModelsMarkup() {
			Markup html = new Markup(160 * costModels.size());
			for (CostModel model : costModels) {
				html.tag("\n<div><dt>")
					.text(model.label())
					.tag("</dt><dd>")
					.text(model.description())
					.tag("</dd></div>");
			}
			return html.tag("\n").toString();
		}

		/** The tools whose cost is not checked yet, their names separated by commas. */
		public String uncheckedToolsMarkup() {
			Markup html = new Markup(40 * uncheckedTools.size());
			for (int i = 0; i < uncheckedTools.size(); i++) {
				html.tag(i == 0 ? "<span>" : ", <span>").text(uncheckedTools.get(i).name()).tag("</span>");
			}
			return html.toString();
		}

		private static String orEmpty(String text) {
			return (text != null) ? text : "";
		}

	}

	/** The sources as the JSON API returns them. */
	public record SourcesResource(List<Entry> sources, List<ToolCostEvidence> toolCosts) {

		public record Entry(String code, String kind, String title, String url, String published, String measured,
				String confidence) {
		}

		public record ToolCostEvidence(String slug, String name, Json.Cost cost) {
		}
	}

}
