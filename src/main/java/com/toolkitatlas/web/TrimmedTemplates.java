package com.toolkitatlas.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * The site's templates with their indentation dropped as they are read
 * ({@link HtmlWhitespace}), once, before Thymeleaf parses and caches them. Trimming every
 * rendered page instead cost 6 % of an uncached page's CPU, and Thymeleaf also spent time
 * on the indentation as text of its own on every render. What the templates print from
 * the catalogue is not trimmed; it holds no indentation.
 */
final class TrimmedTemplates implements ITemplateResolver {

	private final ITemplateResolver templates;

	TrimmedTemplates(ITemplateResolver templates) {
		this.templates = templates;
	}

	@Override
	public String getName() {
		return templates.getName();
	}

	@Override
	public Integer getOrder() {
		return templates.getOrder();
	}

	@Override
	public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
			Map<String, Object> templateResolutionAttributes) {
		TemplateResolution resolution = templates.resolveTemplate(configuration, ownerTemplate, template,
				templateResolutionAttributes);
		if (resolution == null) {
			return null;
		}
		return new TemplateResolution(new Trimmed(resolution.getTemplateResource()),
				resolution.isTemplateResourceExistenceVerified(), resolution.getTemplateMode(),
				resolution.getUseDecoupledLogic(), resolution.getValidity());
	}

	/** One template's text, read whole and trimmed. */
	private record Trimmed(ITemplateResource resource) implements ITemplateResource {

		@Override
		public String getDescription() {
			return resource.getDescription();
		}

		@Override
		public String getBaseName() {
			return resource.getBaseName();
		}

		@Override
		public boolean exists() {
			return resource.exists();
		}

		@Override
		public Reader reader() throws IOException {
			StringBuilder text = new StringBuilder();
			try (Reader reader = resource.reader()) {
				char[] buffer = new char[8192];
				for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
					text.append(buffer, 0, read);
				}
			}
			byte[] trimmed = HtmlWhitespace.trim(text.toString().getBytes(StandardCharsets.UTF_8));
			return new StringReader(new String(trimmed, StandardCharsets.UTF_8));
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			return new Trimmed(resource.relative(relativeLocation));
		}

	}

}
