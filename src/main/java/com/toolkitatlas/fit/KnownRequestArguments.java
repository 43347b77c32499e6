package com.toolkitatlas.fit;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Reads a {@link KnownRequest} from the query as Spring MVC's binding by constructor
 * does, without its work per request: binding a request record looks up the constructor,
 * its parameters' annotations and nullness and a converter again on every request, which
 * cost 8 to 15 % of an uncached fit or switch page (bench/RESULTS.md, "Rendering, sixth
 * round"). Only the plain case is read here: parameters named {@code skill}, {@code tool}
 * or {@code language} and nothing else that binding would look at. Anything else a binder
 * would read (indexed names such as {@code tool[0]}, the {@code _tool} and {@code !tool}
 * markers, any other parameter, a header of one of these names, which binding also reads)
 * goes to Spring's own binding, unchanged.
 */
final class KnownRequestArguments implements HandlerMethodArgumentResolver {

	/** Spring MVC asks argument resolvers added here before its own catch-all binding. */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(new KnownRequestArguments());
		}

	}

	private static final Set<String> NAMES = Set.of("skill", "tool", "language");

	private final HandlerMethodArgumentResolver binding = new ServletModelAttributeMethodProcessor(true);

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == KnownRequest.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null || !plain(request)) {
			return this.binding.resolveArgument(parameter, container, webRequest, binderFactory);
		}
		return new KnownRequest(values(request, "skill"), values(request, "tool"), values(request, "language"));
	}

	/**
	 * Whether the request names nothing but the three parameters, and no header of
	 * theirs.
	 */
	private static boolean plain(HttpServletRequest request) {
		for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements();) {
			if (!NAMES.contains(names.nextElement())) {
				return false;
			}
		}
		for (String name : NAMES) {
			if (request.getHeader(name) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A parameter as binding converts it to a list: one value is split at its commas and
	 * each part trimmed ("" is no value at all); several are taken as they are.
	 */
	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1) {
			return Arrays.asList(values);
		}
		return Arrays.stream(StringUtils.commaDelimitedListToStringArray(values[0])).map(String::trim).toList();
	}

}
