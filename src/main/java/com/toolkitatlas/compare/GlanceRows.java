package com.toolkitatlas.compare;

import java.util.List;
import java.util.function.Function;

import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.compare.GlanceRow.Cell;
import com.toolkitatlas.compare.GlanceRow.Entry;

/**
 * The rows of an at-a-glance table, the same for two roles and for all of them: each a
 * dimension of the catalogue, with one cell per role. Skills and tools are the core ones;
 * languages are all of them, the core ones marked, since that row alone mixes the two.
 */
final class GlanceRows {

	private GlanceRows() {
	}

	static List<GlanceRow> of(List<Role> roles) {
		return List.of(
				row("Best for", roles, role -> plain(role.bestFor(), role.note(
						ListTopic.BEST_FOR))),
				row("Primary focus", roles, role -> Cell.of(List.of(Entry.plain(role.primaryFocus())))),
				row("Key responsibility", roles, role -> Cell
					.of(List.of(Entry.plain(role.keyResponsibility())))),
				row("Key skills", roles,
						role -> new Cell(
								role.coreSkills()
									.stream()
									.map(link -> new Entry(link.skill().name(), "/skills/" + link.skill().slug(),
											false))
									.toList(),
								false, null, null, role.note(ListTopic.SKILLS))),
				row("Primary tools", roles,
						role -> new Cell(role.coreTools()
							.stream()
							.map(link -> new Entry(link.tool().name(), "/tools/" + link.tool().slug(), false))
							.toList(), false, null, null, role.note(ListTopic.TOOLS))),
				row("Common languages", roles,
						role -> new Cell(role.languages()
							.stream()
							.map(link -> new Entry(link.language().name(), "/roles?language=" + link.language().slug(),
									link.core(), "language"))
							.toList(), false, null, null, role.note(ListTopic.LANGUAGES))),
				row("Common workflows", roles, role -> plain(role.workflows(), role.note(ListTopic.WORKFLOWS))),
				row("Theory foundations", roles, role -> plain(role.theory(), role.note(ListTopic.THEORY))),
				row("Works most with", roles, role -> plain(role.collaborators(), role.note(ListTopic.COLLABORATORS))),
				row("Salary range (US)", roles, GlanceRows::salary),
				row("Common hiring companies", roles, role -> new Cell(
						role.hiringCompanies().stream().map(hiring -> Entry.plain(hiring.company().name())).toList(),
						false, null, role.hiringCompanies().isEmpty() ? null : role.hiringCompanies().get(0).source(),
						role.note(ListTopic.HIRING_COMPANIES))),
				row("Career progression", roles,
						role -> new Cell(role.careerSteps().stream().map(step -> Entry.plain(step.title())).toList(),
								true, null, role.careerSteps().isEmpty() ? null : role.careerSteps().get(0).source(),
								role.note(ListTopic.CAREER_PROGRESSION))));
	}

	/**
	 * The rows of some roles, in the order given, each cell taken from the rows of every
	 * role: the rows of a few roles read from those of the whole catalogue, made once.
	 * @param every the rows of all roles, a cell per role in the order of {@code all}
	 * @throws IllegalArgumentException for a role that is not among them
	 */
	static List<GlanceRow> among(List<GlanceRow> every, List<Role> all, List<Role> chosen) {
		int[] at = new int[chosen.size()];
		for (int i = 0; i < at.length; i++) {
			at[i] = all.indexOf(chosen.get(i));
			if (at[i] < 0) {
				throw new IllegalArgumentException("Not among the rows: " + chosen.get(i).slug());
			}
		}
		GlanceRow[] rows = new GlanceRow[every.size()];
		for (int r = 0; r < rows.length; r++) {
			GlanceRow row = every.get(r);
			Cell[] cells = new Cell[at.length];
			for (int i = 0; i < at.length; i++) {
				cells[i] = row.cells().get(at[i]);
			}
			rows[r] = new GlanceRow(row.label(), List.of(cells));
		}
		return List.of(rows);
	}

	/** The headline figure in full words, with what it measures. */
	private static Cell salary(Role role) {
		SalaryFigure figure = role.headlineSalary();
		String detail = figure.basis().label() + ", " + figure.region() + ", " + figure.period()
				+ (figure.proxy() ? ", a proxy: it measures another occupation" : "");
		return new Cell(List.of(Entry.plain(figure.summary())), false, detail, figure.source(), null);
	}

	private static Cell plain(List<String> items, String note) {
		return new Cell(items.stream().map(Entry::plain).toList(), false, null, null, note);
	}

	private static GlanceRow row(String label, List<Role> roles, Function<Role, Cell> cell) {
		return new GlanceRow(label, roles.stream().map(cell).toList());
	}

}
