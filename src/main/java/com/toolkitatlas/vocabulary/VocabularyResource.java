package com.toolkitatlas.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.CategoryRef;
import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;

/**
 * A skill or a tool as the JSON API returns it: its category, for a tool how it is paid
 * for, and the roles that use it with how central it is to each.
 *
 * @param cost for a tool, its checked cost model (null when not checked); always null for
 * a skill
 */
public record VocabularyResource(String slug, String name, CategoryRef category, Json.Cost cost, int roleCount,
		List<Use> roles, Map<String, String> links) {

	static VocabularyResource of(Skill skill, List<Usage> uses) {
		return of(skill.slug(), skill.name(), skill.category(), null, uses, "skill", "skills");
	}

	static VocabularyResource of(Tool tool, List<Usage> uses) {
		return of(tool.slug(), tool.name(), tool.category(), Json.Cost.of(tool), uses, "tool", "tools");
	}

	private static VocabularyResource of(String slug, String name, Category category, Json.Cost cost, List<Usage> uses,
			String parameter, String path) {
		return new VocabularyResource(slug, name, new CategoryRef(category.slug(), category.label()), cost, uses.size(),
				uses.stream()
					.map(use -> new Use(use.role().slug(), use.role().name(), use.importance().name(),
							use.source().code()))
					.toList(),
				Json.links("self", "/api/" + path + "/" + slug, "html", "/" + path + "/" + slug, "roles",
						"/api/roles?" + parameter + "=" + slug));
	}

	/** Every entry of an index, in category order. */
	static <T> List<VocabularyResource> all(VocabularyIndex<T> index,
			Function<VocabularyIndex.Entry<T>, VocabularyResource> resource) {
		return index.groups().stream().flatMap(group -> group.entries().stream()).map(resource).toList();
	}

	/**
	 * A role that uses the entry.
	 *
	 * @param importance CORE or SECONDARY
	 * @param source the code of the source that links the role to the entry
	 */
	public record Use(String role, String name, String importance, String source) {
	}
}
