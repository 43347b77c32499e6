package com.toolkitatlas.role;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.web.CatalogueSize;
import com.toolkitatlas.web.English;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.UserInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Looks up roles and composes their profiles from the in-memory catalogue. */
@Service
public class RoleService {

	private final Catalogue catalogue;

	private final SalaryCharts salaryCharts;

	private final Occupations occupations;

	private final JsonMapper json;

	private final String publicUrl;

	/**
	 * Each role's profile page (the profile and its finished markup) and JSON-LD, by
	 * slug, worked out on first use and kept (one of each per role at most): they depend
	 * on the catalogue alone, which is loaded at start-up and only changes with a restart
	 * (bench/RESULTS.md, "Rendering, fifth round" and "eighteenth round").
	 */
	private final Map<String, ProfilePage> pages = new ConcurrentHashMap<>();

	private final Map<String, String> jsonLds = new ConcurrentHashMap<>();

	public RoleService(Catalogue catalogue, SalaryCharts salaryCharts, Occupations occupations, JsonMapper json,
			@Value("${atlas.public-url}") String publicUrl) {
		this.catalogue = catalogue;
		this.salaryCharts = salaryCharts;
		this.occupations = occupations;
		this.json = json;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The profile's schema.org Occupation as JSON-LD, safe inside a script element: no
	 * "</" can close it early.
	 */
	public String jsonLd(Role role) {
		return jsonLds.computeIfAbsent(role.slug(), slug -> jsonLdOf(role));
	}

	private String jsonLdOf(Role role) {
		OccupationJsonLd occupation = OccupationJsonLd.of(role, occupations.of(role),
				publicUrl + "/roles/" + role.slug());
		return json.writeValueAsString(occupation).replace("</", "<\\/");
	}

	public List<Role> roles() {
		return catalogue.roles();
	}

	/**
	 * Every role's name as a sentence lists them: "Machine Learning Engineer, Backend
	 * Engineer … and AI Engineer".
	 */
	public String names() {
		return English.list(catalogue.roles().stream().map(Role::name).toList());
	}

	/** The role with this slug, or a 404 that names what was asked for. */
	public Role role(String slug) {
		return catalogue.role(slug)
			.orElseThrow(() -> new NotFoundException("There is no role called " + UserInput.quote(slug) + "."));
	}

	/** The role as the JSON API returns it. */
	public RoleResource resource(String slug) {
		Role role = role(slug);
		return RoleResource.of(role, catalogue, occupations.of(role));
	}

	public RoleProfile profile(String slug) {
		return page(slug).profile();
	}

	/** The role's profile page as it prints, written on first use and kept. */
	public ProfilePage page(String slug) {
		Role role = role(slug);
		return pages.computeIfAbsent(role.slug(), key -> ProfilePage.of(profileOf(role), catalogue.roles(),
				CatalogueSize.of(catalogue).roles().toString()));
	}

	private RoleProfile profileOf(Role role) {
		List<RoleProfile.SkillGroup> skillGroups = Category
			.group(catalogue.skillCategories(), role.skills(), link -> link.skill().category())
			.entrySet()
			.stream()
			.map(group -> new RoleProfile.SkillGroup(group.getKey(), group.getValue()))
			.toList();
		List<RoleProfile.ToolGroup> toolGroups = Category
			.group(catalogue.toolCategories(), role.tools(), link -> link.tool().category())
			.entrySet()
			.stream()
			.map(group -> new RoleProfile.ToolGroup(group.getKey(), group.getValue()))
			.toList();
		List<RoleOccupation> mappings = occupations.of(role);
		return new RoleProfile(role, skillGroups, toolGroups, salaryCharts.of(role), catalogue.pairsOf(role), mappings,
				salaryCharts.picture(role, mappings), occupations.sharedBy(role, catalogue.roles()));
	}

}
