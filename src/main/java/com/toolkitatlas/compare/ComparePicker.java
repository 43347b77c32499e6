package com.toolkitatlas.compare;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.web.ErrorHelp;

/**
 * The compare picker: every role as a choice, the slugs already ticked, and every pair.
 */
public record ComparePicker(List<Role> roles, List<String> selected, List<RolePair> pairs) {

	/**
	 * The picker with the roles among these slugs that the catalogue knows ticked, each
	 * once: after a refused request, what it named that exists.
	 */
	static ComparePicker of(Catalogue catalogue, List<String> named) {
		List<String> known = named.stream()
			.map(String::strip)
			.filter(slug -> catalogue.role(slug).isPresent())
			.distinct()
			.toList();
		return new ComparePicker(catalogue.roles(), known, catalogue.pairs());
	}

	/** The picker on the error page of a comparison that cannot be made, to try again. */
	ErrorHelp onErrorPage() {
		return ErrorHelp.of("compare/fragments", "refused", Map.of("picker", this));
	}

	/**
	 * The picker as a plain GET form: a checkbox for each role, those selected ticked,
	 * and how many roles a comparison takes. The one writer of the form, which the
	 * {@code compare/fragments :: picker} fragment (home, picker and error pages), the
	 * comparison of several roles and the profile print: the fragment's own loop was some
	 * thirty expressions on each request (bench/RESULTS.md, "Rendering, seventeenth
	 * round").
	 * @param roleCount how many roles the catalogue holds, in words ("six")
	 */
	public String formMarkup(String roleCount) {
		Markup html = new Markup(256 * roles.size() + 640)
			.tag("<form class=\"picker\" action=\"/compare\" method=\"get\">\n<fieldset>\n<legend>")
			.text("Choose two to " + roleCount + " roles")
			.tag("</legend>\n<ul class=\"picker__options\">")
			.tag(optionsMarkup(roles, selected));
		return html
			.tag("</ul>\n</fieldset>\n<p class=\"picker__hint\">Two roles open their side-by-side comparison; "
					+ "three to ")
			.text(roleCount)
			.tag(" share one table.</p>\n<button type=\"submit\" class=\"button\">Compare</button>\n</form>")
			.toString();
	}

	/**
	 * The picker's options, a checkbox for each role, those whose slugs are selected
	 * ticked, each on its line.
	 * @param roles the roles to offer, in the catalogue's order
	 */
	private static String optionsMarkup(List<Role> roles, List<String> selected) {
		Markup html = new Markup(256 * roles.size() + 16);
		for (Role option : roles) {
			String id = "compare-role-" + option.slug();
			html.tag("\n<li>\n<input type=\"checkbox\" name=\"roles\"")
				.attribute("id", id)
				.attribute("value", option.slug())
				.tag(selected.contains(option.slug()) ? " checked=\"checked\">\n<label" : ">\n<label")
				.attribute("for", id)
				.tag(">")
				.text(option.name())
				.tag("</label>\n</li>");
		}
		return html.tag("\n").toString();
	}

}
