package com.toolkitatlas.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.Salary;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.web.Csv;

/**
 * A comparison as the JSON API returns it: the same rows as the page, the headline pay of
 * each role with the warning when the figures differ in kind, the similarity of every two
 * roles, and for a pair the texts of every section, the pair's own notes and the overlap.
 */
public record CompareResource(List<String> roles, List<Row> glance, Pay pay, List<SimilarityCell> similarity,
		PairDetail pair, Map<String, String> links) {

	static CompareResource of(List<Role> roles, List<GlanceRow> glance, SalaryComparison salary,
			SimilarityMatrix matrix, PairComparison pairComparison) {
		List<String> slugs = roles.stream().map(Role::slug).toList();
		List<SimilarityCell> similarity = new ArrayList<>();
		for (SimilarityMatrix.Row row : matrix.rows()) {
			for (SimilarityMatrix.Cell cell : row.cells()) {
				if (!cell.self() && row.role().displayOrder() < cell.other().displayOrder()) {
					similarity
						.add(new SimilarityCell(row.role().slug(), cell.other().slug(), cell.similarity().shared(),
								cell.similarity().either(), cell.similarity().percent(), cell.href()));
				}
			}
		}
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api/compare?roles=" + String.join(",", slugs));
		links.put("html", roles.size() == 2 ? ComparisonService.pairPath(roles.get(0), roles.get(1))
				: "/compare?roles=" + String.join(",", slugs));
		links.put("csv", "/api/compare.csv?roles=" + String.join(",", slugs));
		return new CompareResource(slugs, rows(roles, glance),
				new Pay(roles.stream().map(role -> Salary.of(role.headlineSalary())).toList(), salary.warning()),
				similarity, pairComparison == null ? null : PairDetail.of(pairComparison), links);
	}

	private static List<Row> rows(List<Role> roles, List<GlanceRow> glance) {
		return glance.stream().map(row -> {
			Map<String, Cell> cells = new LinkedHashMap<>();
			for (int i = 0; i < roles.size(); i++) {
				GlanceRow.Cell cell = row.cells().get(i);
				cells.put(roles.get(i).slug(), new Cell(cell.entries().stream().map(GlanceRow.Entry::text).toList(),
						cell.detail(), cell.source() == null ? null : cell.source().code(), cell.note()));
			}
			return new Row(row.label(), cells);
		}).toList();
	}

	/** The rows as CSV: a column per role, the entries of a cell joined by semicolons. */
	String csv() {
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("row"));
		header.addAll(roles);
		table.add(header);
		for (Row row : glance) {
			List<String> line = new ArrayList<>(List.of(row.label()));
			row.cells()
				.values()
				.forEach(cell -> line.add(
						String.join("; ", cell.entries()) + (cell.detail() == null ? "" : " (" + cell.detail() + ")")));
			table.add(line);
		}
		return Csv.of(table);
	}

	/** One row of the at-a-glance table, a cell per role slug. */
	public record Row(String label, Map<String, Cell> cells) {
	}

	public record Cell(List<String> entries, String detail, String source, String note) {
	}

	/**
	 * The headline figure of each role in column order; a warning when they are not of
	 * one kind.
	 */
	public record Pay(List<Salary> headlines, String warning) {
	}

	public record SimilarityCell(String first, String second, int shared, int either, int percent, String html) {
	}

	/**
	 * What only a comparison of two roles has.
	 *
	 * @param texts for every comparison topic, each role's paragraph by role slug
	 * @param notes what the pair adds to each section
	 */
	public record PairDetail(String difference, Map<String, Map<String, String>> texts, List<Note> notes,
			OverlapDetail overlap, String closeness) {

		static PairDetail of(PairComparison comparison) {
			Map<String, Map<String, String>> texts = new LinkedHashMap<>();
			for (Topic topic : Topic.values()) {
				Map<String, String> byRole = new LinkedHashMap<>();
				comparison.roles().forEach(role -> byRole.put(role.slug(), role.text(topic)));
				texts.put(Json.camelCase(topic.name()), byRole);
			}
			Overlap overlap = comparison.overlap();
			return new PairDetail(comparison.pair().difference(), texts,
					comparison.pair()
						.notes()
						.stream()
						.map(note -> new Note(note.section().name(), note.body(),
								note.source() == null ? null : note.source().code()))
						.toList(),
					new OverlapDetail(skills(overlap.sharedSkills()), skills(overlap.onlyFirstSkills()),
							skills(overlap.onlySecondSkills()), tools(overlap.sharedTools()),
							tools(overlap.onlyFirstTools()), tools(overlap.onlySecondTools()),
							comparison.similarity().percent()),
					comparison.closeness());
		}

		private static List<String> skills(List<Skill> skills) {
			return skills.stream().map(Skill::slug).toList();
		}

		private static List<String> tools(List<Tool> tools) {
			return tools.stream().map(Tool::slug).toList();
		}
	}

	public record Note(String section, String body, String source) {
	}

	/** The overlap of the pair, first role first as in {@code roles}. */
	public record OverlapDetail(List<String> sharedSkills, List<String> onlyFirstSkills, List<String> onlySecondSkills,
			List<String> sharedTools, List<String> onlyFirstTools, List<String> onlySecondTools,
			int similarityPercent) {
	}
}
