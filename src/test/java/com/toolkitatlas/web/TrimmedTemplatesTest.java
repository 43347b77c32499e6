package com.toolkitatlas.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class TrimmedTemplatesTest {

	@Test
	void aTemplateIsReadWithoutItsIndentationButPreformattedTextStaysAsWritten() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new TrimmedTemplates(new StringTemplateResolver()));
		String template = """
				<div>
				    <p th:text="${name}">Name</p>

				    <pre>  first
				      second</pre>
				    <textarea name="t">
				  kept
				    </textarea>
				    <ul>
				        <li th:each="item : ${items}" th:text="${item}">item</li>
				    </ul>
				</div>
				""";

		String page = engine.process(template,
				new Context(null, Map.of("name", "  Ada", "items", new String[] { "a", "b" })));

		assertThat(page).isEqualTo("""
				<div>
				<p>  Ada</p>
				<pre>  first
				      second</pre>
				<textarea name="t">
				  kept
				    </textarea>
				<ul>
				<li>a</li>
				<li>b</li>
				</ul>
				</div>
				""");
	}

}
