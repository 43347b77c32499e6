package com.toolkitatlas.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link QueryRecordArguments} reads every query as Spring MVC's binding by constructor
 * reads it, the binding set up as the application sets it up (by constructor only).
 */
class QueryRecordArgumentsTest {

	/** A request record as the pages have them: lists of text and text. */
	public record Query(List<String> skill, List<String> tool, String stage) {
	}

	private final MethodParameter parameter;

	QueryRecordArgumentsTest() throws NoSuchMethodException {
		this.parameter = new MethodParameter(QueryRecordArgumentsTest.class.getDeclaredMethod("handle", Query.class),
				0);
	}

	void handle(Query query) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tool=docker", "tool=docker&tool=kubernetes", "tool=docker,kubernetes",
			"tool=docker, kubernetes ,helm", "tool=+docker+", "tool=", "tool=&tool=docker", "tool=docker&tool=",
			"tool=,", "tool=docker,,helm", "skill=mlops&tool=pytorch&tool=postgresql&language=python&language=sql",
			"language=Python&language=PYTHON", "skill=ml%2Cops", "tool=docker&tool=docker,helm", "other=1",
			"tool=docker&other=1", "tool[0]=docker&tool[1]=helm", "_tool=1", "!tool=docker", "tool.x=1",
			"tool=docker&q.class.classLoader=1", "stage=production", "stage=", "stage=a&stage=b", "stage=a,b",
			"stage=+a+", "stage=production&tool=docker" })
	void readsTheQueryAsBindingDoes(String query) throws Exception {
		assertThat(new QueryRecordArguments(Query.class).resolveArgument(parameter, new ModelAndViewContainer(),
				new ServletWebRequest(request(query)), binderFactory()))
			.as(query)
			.isEqualTo(bound(request(query)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tool", "Skill", "STAGE" })
	void aHeaderOfTheSameNameIsLeftToBinding(String header) throws Exception {
		MockHttpServletRequest request = request("tool=helm");
		request.addHeader(header, "docker");

		assertThat(new QueryRecordArguments(Query.class).resolveArgument(parameter, new ModelAndViewContainer(),
				new ServletWebRequest(request), binderFactory()))
			.isEqualTo(bound(request));
	}

	private Query bound(MockHttpServletRequest request) throws Exception {
		return (Query) new ServletModelAttributeMethodProcessor(true).resolveArgument(parameter,
				new ModelAndViewContainer(), new ServletWebRequest(request), binderFactory());
	}

	@Test
	void aComponentThatIsNeitherTextNorAListOfTextIsRefused() {
		record Numbers(List<Integer> page) {
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new QueryRecordArguments(Numbers.class));
	}

	private static ServletRequestDataBinderFactory binderFactory() {
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(new DefaultFormattingConversionService());
		initializer.setDeclarativeBinding(true);
		return new ServletRequestDataBinderFactory(List.of(), initializer);
	}

	private static MockHttpServletRequest request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fit");
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			request.addParameter(decode(name), decode(value));
		}
		return request;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
