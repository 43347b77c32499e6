package com.toolkitatlas.filter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;

/**
 * A filter of the roles, as understood from the query string: a role must have every
 * skill, tool and language chosen, reach the minimum salary, and match the search; the
 * roles it keeps come in the order chosen.
 *
 * @param minSalary US dollars a year the top of the role's headline figure must reach, or
 * null
 * @param order the order of the results, kept by every link that changes the filter
 */
public record RoleFilter(List<Skill> skills, List<Tool> tools, List<Language> languages, Integer minSalary,
		SearchQuery query, RoleOrder order) {

	public static final RoleFilter NONE = new RoleFilter(List.of(), List.of(), List.of(), null, SearchQuery.NONE);

	public RoleFilter {
		skills = List.copyOf(skills);
		tools = List.copyOf(tools);
		languages = List.copyOf(languages);
		order = order == null ? RoleOrder.SITE : order;
	}

	/** A filter in the site's order. */
	public RoleFilter(List<Skill> skills, List<Tool> tools, List<Language> languages, Integer minSalary,
			SearchQuery query) {
		this(skills, tools, languages, minSalary, query, RoleOrder.SITE);
	}

	/**
	 * Whether it keeps every role: an order alone narrows nothing. Asked four times a
	 * roles page, without making a filter to compare.
	 */
	public boolean isEmpty() {
		return skills.isEmpty() && tools.isEmpty() && languages.isEmpty() && minSalary == null
				&& query.equals(SearchQuery.NONE);
	}

	/** The same filter, its results in this order. */
	public RoleFilter withOrder(RoleOrder order) {
		return new RoleFilter(skills, tools, languages, minSalary, query, order);
	}

	/** Whether the role has everything chosen, reaches the pay and matches the search. */
	boolean admits(SearchableRole searchable) {
		Role role = searchable.role();
		return skills.stream().allMatch(skill -> role.skill(skill.slug()).isPresent())
				&& tools.stream().allMatch(tool -> role.tool(tool.slug()).isPresent())
				&& languages.stream().allMatch(language -> role.language(language.slug()).isPresent())
				&& (minSalary == null || role.headlineSalary().high() >= minSalary) && query.admits(searchable);
	}

	/**
	 * The address of this filter, parameters in a fixed order, so that equal filters
	 * share one link.
	 */
	public String href() {
		StringJoiner parameters = new StringJoiner("&");
		skills.forEach(skill -> parameters.add("skill=" + skill.slug()));
		tools.forEach(tool -> parameters.add("tool=" + tool.slug()));
		languages.forEach(language -> parameters.add("language=" + language.slug()));
		if (minSalary != null) {
			parameters.add("minSalary=" + minSalary);
		}
		if (!query.isEmpty()) {
			parameters.add("q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
		}
		if (!order.bySite()) {
			parameters.add("sort=" + order.parameter());
		}
		return parameters.length() == 0 ? "/roles" : "/roles?" + parameters;
	}

	/** What was chosen, in a few words: "Kubernetes, Python, pay from $150,000". */
	public String summary() {
		List<String> parts = new ArrayList<>();
		Stream
			.of(skills.stream().map(Skill::name), tools.stream().map(Tool::name),
					languages.stream().map(Language::name))
			.flatMap(names -> names)
			.forEach(parts::add);
		if (minSalary != null) {
			parts.add("pay from " + SalaryFigure.dollars(minSalary));
		}
		if (!query.isEmpty()) {
			parts.add("“" + query.text() + "”");
		}
		return String.join(", ", parts);
	}

	/** Each chosen value, with the filter that remains without it. */
	List<Removal> removals() {
		List<Removal> removals = new ArrayList<>();
		for (Skill skill : skills) {
			removals.add(new Removal("Skill", skill.name(), withSkills(without(skills, skill))));
		}
		for (Tool tool : tools) {
			removals.add(new Removal("Tool", tool.name(), withTools(without(tools, tool))));
		}
		for (Language language : languages) {
			removals.add(new Removal("Language", language.name(), withLanguages(without(languages, language))));
		}
		if (minSalary != null) {
			removals.add(new Removal("Pay from", SalaryFigure.dollars(minSalary),
					new RoleFilter(skills, tools, languages, null, query, order)));
		}
		if (!query.isEmpty()) {
			removals.add(new Removal("Search", "“" + query.text() + "”",
					new RoleFilter(skills, tools, languages, minSalary, SearchQuery.NONE, order)));
		}
		return removals;
	}

	RoleFilter withSkills(List<Skill> skills) {
		return new RoleFilter(skills, tools, languages, minSalary, query, order);
	}

	RoleFilter withTools(List<Tool> tools) {
		return new RoleFilter(skills, tools, languages, minSalary, query, order);
	}

	RoleFilter withLanguages(List<Language> languages) {
		return new RoleFilter(skills, tools, languages, minSalary, query, order);
	}

	static <T> List<T> with(List<T> list, T entry) {
		return list.contains(entry) ? list : Stream.concat(list.stream(), Stream.of(entry)).toList();
	}

	private static <T> List<T> without(List<T> list, T entry) {
		return list.stream().filter(item -> !item.equals(entry)).toList();
	}

	/** One chosen value and the filter without it. */
	record Removal(String kind, String value, RoleFilter remaining) {
	}
}
