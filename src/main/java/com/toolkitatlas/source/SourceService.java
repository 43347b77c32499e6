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
import com.toolkitatlas.pick.PickMethod;
import com.toolkitatlas.pick.PickService;
import com.toolkitatlas.web.Count;

import org.springframework.stereotype.Service;

/** The sources of the catalogue and the evidence behind each checked tool cost. */
@Service
public class SourceService {

	private final Catalogue catalogue;

	private final PickService pick;

	private final HireService hire;

	public SourceService(Catalogue catalogue, PickService pick, HireService hire) {
		this.catalogue = catalogue;
		this.pick = pick;
		this.hire = hire;
	}

	public SourcesPage page() {
		List<Role> editorialRankings = catalogue.roles().stream().filter(Role::hasEditorialAlternatives).toList();
		return new SourcesPage(catalogue.sources(), catalogue.tools().stream().filter(Tool::costChecked).toList(),
				catalogue.tools().stream().filter(tool -> !tool.costChecked()).toList(), catalogue.costModels(),
				SimilarityMatrix.of(catalogue.roles()), pick.method(),
				new Count((int) catalogue.sources().stream().filter(Source::seed).count()), editorialRankings,
				new Count(catalogue.roles().size() - editorialRankings.size()), hire.method());
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
	 */
	public record SourcesPage(List<Source> sources, List<Tool> checkedTools, List<Tool> uncheckedTools,
			List<CostModel> costModels, SimilarityMatrix similarity, PickMethod pickMethod, Count definingDocuments,
			List<Role> editorialRankings, Count rolesWithoutEditorialRanking, HireMethod hireMethod) {
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
