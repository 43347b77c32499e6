package com.toolkitatlas.role;

import com.toolkitatlas.support.WebSliceTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile, a skill or a tool that does not exist is a 404 that names what was asked
 * for, as a page in the site's layout or as problem details; never a stack trace.
 */
@WebSliceTest
class RoleControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RoleService roles;

	@Test
	void aProfileIsFoundByItsSlug() {
		MvcTestResult result = mvc.get().uri("/roles/devops-engineer").exchange();

		assertThat(result).hasStatusOk().hasViewName("roles/profile");
		assertThat(result).model().extractingByKey("profile").isEqualTo(roles.profile("devops-engineer"));
		assertThat(html(result).selectFirst("h1").text()).isEqualTo("DevOps Engineer");
	}

	@Test
	void anUnknownRoleIsA404PageThatNamesItAndNeverReflectsMarkup() {
		MvcTestResult result = mvc.get()
			.uri("/roles/{slug}", "<script>alert(1)")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error");
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
		assertThat(page.text()).contains("There is no role called “<script>alert(1)”");
		assertThat(result).body().asString().doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
	}

	@Test
	void aProgramAskingForJsonGetsProblemDetails() {
		MvcTestResult result = mvc.get().uri("/roles/astronaut").accept(MediaType.APPLICATION_JSON).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Not found");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("There is no role called “astronaut”");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/roles/astronaut");
		assertThat(mvc.get().uri("/api/roles/astronaut")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anUnknownSkillOrToolIsA404ThatNamesIt() {
		assertThat(html(mvc.get().uri("/skills/astronomy").accept(MediaType.TEXT_HTML).exchange()).text())
			.contains("There is no skill called “astronomy”");
		assertThat(mvc.get().uri("/skills/astronomy").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/tools/astrolabe")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("There is no tool called “astrolabe”");
	}

}
