package com.toolkitatlas.sitemap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SitemapController {

	private final Sitemap sitemap;

	SitemapController(Sitemap sitemap) {
		this.sitemap = sitemap;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(sitemap.xml());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(sitemap.robots());
	}

}
