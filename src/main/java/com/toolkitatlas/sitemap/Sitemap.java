package com.toolkitatlas.sitemap;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Every canonical page of the site, from the catalogue: a new role, pair, skill or tool
 * appears here without a second list. Pages with query parameters (filters, answers) are
 * left out: their canonical form is the page without them.
 */
@Component
public class Sitemap {

	private final List<String> paths;

	private final String publicUrl;

	Sitemap(Catalogue catalogue, @Value("${atlas.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		List<String> paths = new ArrayList<>(
				List.of("/", "/roles", "/compare", "/pick", "/skills", "/tools", "/sources", "/api"));
		for (Role role : catalogue.roles()) {
			paths.add("/roles/" + role.slug());
			paths.add("/roles/" + role.slug() + "/alternatives");
		}
		catalogue.pairs().stream().map(RolePair::path).forEach(paths::add);
		catalogue.skills().stream().map(Skill::slug).map(slug -> "/skills/" + slug).forEach(paths::add);
		catalogue.tools().stream().map(Tool::slug).map(slug -> "/tools/" + slug).forEach(paths::add);
		this.paths = List.copyOf(paths);
	}

	/** The canonical paths, home first. */
	public List<String> paths() {
		return paths;
	}

	/** The sitemap document (sitemaps.org protocol 0.9). */
	public String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(publicUrl + path)).append("</loc></url>\n");
		}
		return xml.append("</urlset>\n").toString();
	}

	/** robots.txt: every page may be crawled, and the sitemap says where they are. */
	public String robots() {
		return "User-agent: *\nAllow: /\nSitemap: " + publicUrl + "/sitemap.xml\n";
	}

}
