package com.toolkitatlas.compare;

import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.PayComparison;
import com.toolkitatlas.web.English;

/**
 * Three or more roles in one table, in display order, with their pay and the similarity
 * of each two.
 *
 * @param officialPay the roles' official occupations' pay distributions and outlooks
 * @param picker every role of the catalogue as a choice, these ticked, to change the
 * selection
 * @param roleCount how many roles the catalogue holds, in words ("six")
 * @param names the roles' short names as a title reads them: "ML Engineer, Data Engineer
 * and DevOps Engineer"; the page prints them four times
 */
public record RolesComparison(List<Role> roles, List<GlanceRow> glance, SalaryComparison salary,
		SimilarityMatrix similarity, PayComparison officialPay, ComparePicker picker, String roleCount,
		String names) implements ComparisonPage {

	static RolesComparison of(List<Role> roles, List<GlanceRow> glance, SalaryComparison salary,
			SimilarityMatrix similarity, PayComparison officialPay, ComparePicker picker, String roleCount) {
		return new RolesComparison(roles, glance, salary, similarity, officialPay, picker, roleCount,
				English.list(roles.stream().map(Role::shortName).toList()));
	}

	/** The roles in display order. */
	@Override
	public String path() {
		return "/compare?" + RoleSelection.PARAMETER + "="
				+ roles.stream().map(Role::slug).collect(Collectors.joining(","));
	}

	/**
	 * The pay section's figures as the page prints them: the headline figures on one
	 * scale, the warning where they are not of the same kind (or that they are), then the
	 * official pay distributions and outlooks ({@link PayComparison#sectionMarkup}).
	 * Written here rather than by the template: two conditions, and the official pay
	 * composed by a bean called from the template on each request (bench/RESULTS.md,
	 * "Rendering, seventeenth round"); the line breaks are the ones the template printed.
	 */
	public String payMarkup() {
		Markup html = new Markup(24 * 1024)
			.tag(salary.headlines().figureMarkup("Headline pay figure of each role, US dollars per year", null))
			.tag("\n");
		if (!salary.comparable()) {
			salary.writeWarning(html);
		}
		else {
			html.tag("\n<p class=\"salary-match\">All headline figures are of the same kind, so the\n"
					+ "bars can be read against each other.</p>\n");
		}
		return html.tag(officialPay.sectionMarkup()).toString();
	}

	/**
	 * The form to change the selection, these roles ticked
	 * ({@link ComparePicker#formMarkup}), with the blank lines around it that the
	 * template printed.
	 */
	public String pickerMarkup() {
		return "\n" + picker.formMarkup(roleCount) + "\n";
	}

}
