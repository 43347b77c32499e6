package com.toolkitatlas.fit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

/**
 * {@link KnownRequestArguments} reads every query as Spring MVC's binding by constructor
 * reads it, the binding set up as the application sets it up (by constructor only).
 */
class KnownRequestArgumentsTest {

	private final MethodParameter parameter;

	KnownRequestArgumentsTest() throws NoSuchMethodException {
		this.parameter = new MethodParameter(
				FitController.class.getDeclaredMethod("fit", KnownRequest.class, HttpServletRequest.class), 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tool=docker", "tool=docker&tool=kubernetes", "tool=docker,kubernetes",
			"tool=docker, kubernetes ,helm", "tool=+docker+", "tool=", "tool=&tool=docker", "tool=docker&tool=",
			"tool=,", "tool=docker,,helm", "skill=mlops&tool=pytorch&tool=postgresql&language=python&language=sql",
			"language=Python&language=PYTHON", "skill=ml%2Cops", "tool=docker&tool=docker,helm", "other=1",
			"tool=docker&other=1", "tool[0]=docker&tool[1]=helm", "_tool=1", "!tool=docker", "tool.x=1",
			"tool=docker&q.class.classLoader=1" })
	void readsTheQueryAsBindingDoes(String query) throws Exception {
		assertThat(new KnownRequestArguments().resolveArgument(parameter, new ModelAndViewContainer(),
				new ServletWebRequest(request(query)), binderFactory()))
			.as(query)
			.isEqualTo(bound(request(query)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tool", "Skill", "LANGUAGE" })
	void aHeaderOfTheSameNameIsLeftToBinding(String header) throws Exception {
		MockHttpServletRequest request = request("tool=helm");
		request.addHeader(header, "docker");

		assertThat(new KnownRequestArguments().resolveArgument(parameter, new ModelAndViewContainer(),
				new ServletWebRequest(request), binderFactory()))
			.isEqualTo(bound(request));
	}

	private KnownRequest bound(MockHttpServletRequest request) throws Exception {
		return (KnownRequest) new ServletModelAttributeMethodProcessor(true).resolveArgument(parameter,
				new ModelAndViewContainer(), new ServletWebRequest(request), binderFactory());
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
