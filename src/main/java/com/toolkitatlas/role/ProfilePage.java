package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Items;
import com.toolkitatlas.catalogue.Links;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.compare.ComparePicker;

import org.unbescape.html.HtmlEscape;

/**
 * The profile page of one role as it prints, written once and kept with the profile
 * ({@link RoleService#page}): every part the template prints from the catalogue, as
 * finished markup, so that the template only prints fields. The profile depends on the
 * catalogue alone, yet its parts (some thirty lists and paragraphs, the citations' stream
 * pipeline, the pay picture, the compare picker) were written again on each request, the
 * heaviest page left (bench/RESULTS.md, "Rendering, eighteenth round").
 * <p>
 * The parts the template wrote with {@code th:text} (the header, the at-a-glance block,
 * the paragraphs, the ways on) are escaped as Thymeleaf escapes them, so each page stays
 * byte for byte what it was.
 *
 * @param profile the profile the parts are written from
 * @param head the header and the at-a-glance block
 * @param toolsCaption what the tools table is named, as text
 * @param companies the hiring companies, the marker of their source and the caveat, each
 * where there is one
 * @param career the career ladder, the marker of its source and the caveat, each where
 * there is one
 * @param onward why people look beyond the role, the comparisons with the compare picker
 * (this role ticked) and the switch pages
 * @param sources the sources the page cites, numbered
 */
public record ProfilePage(RoleProfile profile, String head, String work, String workflows, String skillGroups,
		String toolsCaption, String toolRows, String languageTags, String theory, String whyTheoryMatters,
		String projects, String useCases, String collaborators, String developerExperience, String performance,
		String ecosystem, String costs, String payHeadline, String occupations, String sharedOccupations,
		String payPicture, String globalPay, String payNotes, String outlookRows, String demand, String facts,
		String companies, String career, String whenToHire, String onward, String sources) {

	/**
	 * The page of this profile.
	 * @param roles every role of the catalogue, in its order, for the compare picker
	 * @param roleCount how many roles the catalogue holds, in words ("six")
	 */
	static ProfilePage of(RoleProfile profile, List<Role> roles, String roleCount) {
		Role role = profile.role();
		Citations citations = profile.citations();
		PaySection pay = profile.paySection();
		PairLinks pairLinks = profile.pairLinks();
		return new ProfilePage(profile, head(profile, citations), text(profile.work()),
				profile.itemsMarkup(role.workflows()), profile.skillGroupsMarkup(),
				"Tools of the " + role.name() + " toolkit", profile.toolRowsMarkup(), profile.languageTagsMarkup(),
				profile.itemsMarkup(role.theory()), text(profile.whyTheoryMatters()), text(profile.projects()),
				profile.useCasesMarkup(), profile.itemsMarkup(role.collaborators()),
				profile.topicsMarkup(profile.developerExperience()), profile.topicsMarkup(profile.performance()),
				text(profile.ecosystem()), profile.topicsMarkup(profile.costs()), pay.headlineMarkup(),
				pay.occupationsMarkup(), pay.sharedMarkup(), pay.pictureMarkup(), pay.globalMarkup(),
				pay.notesMarkup(profile.salaryNote()), pay.outlookRowsMarkup(), profile.topicsMarkup(profile.demand()),
				facts(profile, citations), companies(profile, citations), career(profile, citations),
				text(profile.whenToHire()), onward(role, pairLinks, roles, roleCount), citations.sectionMarkup());
	}

	/**
	 * The header, then the at-a-glance block: who it is for, pay and core toolkit, focus.
	 */
	private static String head(RoleProfile profile, Citations citations) {
		Role role = profile.role();
		SalaryFigure pay = role.headlineSalary();
		StringBuilder html = new StringBuilder(8192);
		html.append("<header class=\"page-head\">\n<p class=\"eyebrow\">Career toolkit</p>\n<h1>")
			.append(text(role.name()))
			.append("</h1>\n<p class=\"lead\">")
			.append(text(role.headline()))
			.append("</p>\n<p>")
			.append(text(role.summary()))
			.append("</p>\n");
		if (role.definitionNote() != null) {
			html.append("<aside class=\"note\" aria-labelledby=\"definition-heading\">\n"
					+ "<h2 id=\"definition-heading\" class=\"note__title\">How others use the title</h2>\n<p>")
				.append(text(role.definitionNote()))
				.append("</p>\n</aside>");
		}
		html.append(
				"\n</header>\n<section id=\"at-a-glance\" class=\"answer\" aria-labelledby=\"at-a-glance-heading\">\n"
						+ "<h2 id=\"at-a-glance-heading\">At a glance</h2>\n<div class=\"answer__roles\">\n"
						+ "<section class=\"answer__role\" aria-labelledby=\"best-for-heading\">\n"
						+ "<h3 id=\"best-for-heading\">Who it is for</h3>\n<ul>")
			.append(profile.itemsMarkup(role.bestFor()))
			.append("</ul>\n</section>\n<section class=\"answer__role\" aria-labelledby=\"summary-heading\">\n"
					+ "<h3 id=\"summary-heading\">Pay and core toolkit</h3>\n<dl class=\"answer__facts\">\n"
					+ "<div><dt>Pay</dt><dd><strong>")
			.append(text(pay.summary()))
			.append("</strong><sup class=\"cite\">")
			.append(citations.marker(pay.source()))
			.append("</sup>\n<span class=\"answer__basis\">")
			.append(text(pay.basis().label() + ", " + pay.region() + ", " + pay.period()))
			.append("</span>\n")
			.append(pay.proxy() ? "<span class=\"occupation__status occupation__status--proxy\">proxy</span>" : "")
			.append("\n<a href=\"#pay\" class=\"answer__basis\">Every pay figure</a></dd></div>\n"
					+ "<div><dt>Core skills</dt><dd>")
			.append(profile.coreSkillsMarkup())
			.append("</dd></div>\n<div><dt>Core tools</dt><dd>")
			.append(profile.coreToolsMarkup())
			.append("</dd></div>\n<div><dt>Languages</dt><dd>")
			.append(profile.coreLanguagesMarkup())
			.append("</dd></div>\n</dl>\n</section>\n</div>\n<dl class=\"facts\">\n"
					+ "<div><dt>Primary focus</dt><dd>")
			.append(text(role.primaryFocus()))
			.append("</dd></div>\n<div><dt>Key responsibility</dt><dd>")
			.append(text(role.keyResponsibility()))
			.append("</dd></div>\n<div><dt>Typical deliverable</dt><dd>")
			.append(text(role.typicalDeliverable()))
			.append("</dd></div>\n</dl>\n</section>");
		return html.toString();
	}

	/**
	 * The facts on demand as a list, each with its source's marker; nothing without
	 * facts.
	 */
	private static String facts(RoleProfile profile, Citations citations) {
		if (profile.role().facts().isEmpty()) {
			return "";
		}
		return "<ul class=\"facts-list\">" + profile.factsMarkup(citations) + "</ul>";
	}

	private static String companies(RoleProfile profile, Citations citations) {
		List<Links.HiringCompany> companies = profile.role().hiringCompanies();
		return companies.isEmpty() ? "\n\n" + note(profile.hiringCompaniesNote())
				: listedBySource("<ul class=\"tags\">" + profile.hiringCompaniesMarkup() + "</ul>",
						citations.marker(companies.get(0).source()), profile.hiringCompaniesNote());
	}

	private static String career(RoleProfile profile, Citations citations) {
		List<Items.CareerStep> steps = profile.role().careerSteps();
		return steps.isEmpty() ? "\n\n" + note(profile.careerNote())
				: listedBySource("<ol class=\"ladder\">" + profile.careerLadderMarkup() + "</ol>",
						citations.marker(steps.get(0).source()), profile.careerNote());
	}

	/**
	 * A list as its source gives it, the marker of that source under it, then the caveat,
	 * if any.
	 */
	private static String listedBySource(String list, String marker, String note) {
		return list + "\n<p class=\"source-ref\">As listed by the source<sup class=\"cite\">" + marker + "</sup></p>\n"
				+ note(note);
	}

	private static String note(String note) {
		return note == null ? "" : "<p class=\"note\">" + text(note) + "</p>";
	}

	/**
	 * The last sections: why people look beyond the role, the comparisons and the compare
	 * picker with the role ticked, the switch pages each way.
	 */
	private static String onward(Role role, PairLinks pairLinks, List<Role> roles, String roleCount) {
		return "<section id=\"beyond\" aria-labelledby=\"beyond-heading\">\n"
				+ "<h2 id=\"beyond-heading\">Why people look beyond it</h2>\n<p>" + text(role.whyLookBeyond())
				+ "</p>\n<p>" + text("Choose " + role.name() + " if " + role.chooseIf() + ".") + "</p>\n<p>"
				+ text(role.pickAdvice()) + "</p>\n<ul class=\"link-list\">\n<li><a href=\""
				+ text("/roles/" + role.slug() + "/alternatives") + "\">"
				+ text("Alternatives to " + role.name() + ", ranked") + "</a></li>\n"
				+ "<li><a href=\"/pick\">Not sure? Find the role that suits you</a></li>\n"
				+ "<li><a href=\"/fit\">Tick what you know and see where you fit</a></li>\n</ul>\n</section>\n"
				+ "<section id=\"compare\" aria-labelledby=\"compare-heading\">\n"
				+ "<h2 id=\"compare-heading\">Compare it with another role</h2>\n<ul class=\"link-list\">"
				+ pairLinks.comparisonsMarkup() + "</ul>\n"
				+ new ComparePicker(roles, List.of(role.slug()), List.of()).formMarkup(roleCount) + "\n</section>\n"
				+ "<section id=\"switch\" aria-labelledby=\"switch-heading\">\n"
				+ "<h2 id=\"switch-heading\">Switching to or from it</h2>\n"
				+ "<p>What carries over, what to learn and what stays behind, for each move. Or tick what you know "
				+ "and see\n<a href=\"/fit\">where you fit</a>.</p>\n<div class=\"switch-lists\">\n"
				+ "<ul class=\"link-list\">" + pairLinks.switchesFromMarkup() + "</ul>\n<ul class=\"link-list\">"
				+ pairLinks.switchesToMarkup() + "</ul>\n</div>\n</section>";
	}

	/** Text escaped as the template's {@code th:text} escaped it; nothing for none. */
	private static String text(String text) {
		return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
	}

}
