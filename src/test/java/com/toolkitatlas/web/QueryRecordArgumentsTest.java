package com.toolkitatlas.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.toolkitatlas.filter.FilterRequest;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.hire.HireRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link QueryRecordArguments} reads every query as Spring MVC's binding by constructor
 * reads it, the binding set up as the application sets it up (by constructor only), for
 * the application's {@link QueryRecord}s and a record of the same shape.
 */
class QueryRecordArgumentsTest {

	/** A request record as the pages have them: lists of text and text. */
	@QueryRecord
	public record Query(List<String> skill, List<String> tool, String stage) {
	}

	/** The same shape, not marked: Spring's binding reads it. */
	public record Unmarked(List<String> tool) {
	}

	private final MethodParameter parameter = parameter(Query.class);

	void handle(Query query) {
	}

	void handle(FilterRequest filter) {
	}

	void handle(KnownRequest known) {
	}

	void handle(HireRequest hire) {
	}

	void handle(Unmarked unmarked) {
	}

	private static MethodParameter parameter(Class<?> type) {
		try {
			return new MethodParameter(QueryRecordArgumentsTest.class.getDeclaredMethod("handle", type), 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
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
		assertThat(read(parameter, request(query))).as(query).isEqualTo(bound(parameter, request(query)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "sort=pay", "sort=growth", "sort=", "sort=pay&sort=growth", "sort=pay,growth",
			"sort=nonsense", "minSalary=150000", "minSalary=150,000", "minSalary=", "minSalary=&minSalary=100000",
			"minSalary=+120000+", "q=kubernetes", "q=kubernetes python", "q=k8s,postgres", "q=k8s, postgres", "q=",
			"q=a&q=b", "q=+spaced+", "q=%2C", "q=caf%C3%A9", "tool=&language=&skill=",
			"tool=kubernetes,docker&tool=helm",
			"skill=mlops&tool=kubernetes,docker&language=python" + "&minSalary=100000&q=llm&sort=pay",
			"tool=kubernetes&q.class.classLoader=1", "tool=kubernetes&page=2", "sort[0]=pay", "_q=1" })
	void readsTheRolesFiltersAsBindingDoes(String query) throws Exception {
		MethodParameter filter = parameter(FilterRequest.class);

		assertThat(read(filter, request(query))).as(query).isEqualTo(bound(filter, request(query)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "skill=mlops&tool=docker,kubernetes&language=python", "tool=&tool=docker",
			"language=python, sql" })
	void readsWhatAPersonKnowsAsBindingDoes(String query) throws Exception {
		MethodParameter known = parameter(KnownRequest.class);

		assertThat(read(known, request(query))).as(query).isEqualTo(bound(known, request(query)));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "project=fraud-detection&stage=production", "project=a,b&project=c", "stage=&project=" })
	void readsTheHiringQueryAsBindingDoes(String query) throws Exception {
		MethodParameter hire = parameter(HireRequest.class);

		assertThat(read(hire, request(query))).as(query).isEqualTo(bound(hire, request(query)));
	}

	@Test
	void aPathVariableOfTheSameNameIsLeftToBinding() throws Exception {
		MockHttpServletRequest request = request("tool=helm");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("stage", "production"));

		Object read = read(parameter, request);

		assertThat(read).isEqualTo(bound(parameter, request));
		assertThat(((Query) read).stage()).isEqualTo("production");
	}

	@Test
	void aRecordThatIsNotMarkedIsLeftToBinding() {
		assertThat(new QueryRecordArguments().supportsParameter(parameter(Unmarked.class))).isFalse();
		assertThat(new QueryRecordArguments().supportsParameter(parameter)).isTrue();
	}

	@Test
	void everyQueryRecordOfTheApplicationCanBeRead() {
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
		scan.addIncludeFilter(new AnnotationTypeFilter(QueryRecord.class));
		scan.addExcludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains("Test"));
		Set<String> markedNames = scan.findCandidateComponents("com.toolkitatlas")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());

		assertThat(markedNames).contains(FilterRequest.class.getName(), KnownRequest.class.getName(),
				HireRequest.class.getName());
		QueryRecordArguments arguments = new QueryRecordArguments();
		for (String type : markedNames) {
			Class<?> marked = ClassUtils.resolveClassName(type, null);
			MethodParameter parameterOfThatType = new MethodParameter(parameter) {
				@Override
				public Class<?> getParameterType() {
					return marked;
				}
			};
			assertThat(arguments.supportsParameter(parameterOfThatType)).as(type).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tool", "Skill", "STAGE" })
	void aHeaderOfTheSameNameIsLeftToBinding(String header) throws Exception {
		MockHttpServletRequest request = request("tool=helm");
		request.addHeader(header, "docker");

		assertThat(read(parameter, request)).isEqualTo(bound(parameter, request));
	}

	private static Object read(MethodParameter parameter, MockHttpServletRequest request) throws Exception {
		QueryRecordArguments arguments = new QueryRecordArguments();
		assertThat(arguments.supportsParameter(parameter)).isTrue();
		return arguments.resolveArgument(parameter, new ModelAndViewContainer(), new ServletWebRequest(request),
				binderFactory());
	}

	private static Object bound(MethodParameter parameter, MockHttpServletRequest request) throws Exception {
		return new ServletModelAttributeMethodProcessor(true).resolveArgument(parameter, new ModelAndViewContainer(),
				new ServletWebRequest(request), binderFactory());
	}

	@QueryRecord
	record Numbers(List<Integer> page) {
	}

	@QueryRecord
	static final class NotARecord {

	}

	void handle(Numbers numbers) {
	}

	void handle(NotARecord notARecord) {
	}

	@Test
	void aComponentThatIsNeitherTextNorAListOfTextIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QueryRecordArguments().supportsParameter(parameter(Numbers.class)));
	}

	@Test
	void aMarkedClassThatIsNotARecordIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QueryRecordArguments().supportsParameter(parameter(NotARecord.class)));
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
