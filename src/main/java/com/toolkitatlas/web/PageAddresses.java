package com.toolkitatlas.web;

import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The canonical address of a page, which is what the page cache keys on: the normalised
 * path (decoded, without path parameters, as Tomcat and Spring route it), the query
 * parameters the page's handler declares, by name in alphabetical order, and whether htmx
 * asks for a fragment. A parameter no handler declares changes nothing on the page, so it
 * changes nothing in the key: {@code /tools/kubernetes?x=1} is served the cached
 * {@code /tools/kubernetes}, and cannot fill the cache with copies of it.
 * <p>
 * The parameters come from the handlers themselves ({@code @RequestParam} names, the
 * components of a record bound from the query), so a new parameter needs no second list
 * here. {@link HttpCaching} shows a page only the parameters of its key while rendering
 * it, so the key always holds everything the page could read. A handler that takes every
 * parameter as a map is keyed on every parameter.
 */
public class PageAddresses {

	/** Separates the parts of a key; Tomcat refuses a path with a NUL in it. */
	private static final char SEPARATOR = '\u0000';

	private static final String FRAGMENT = SEPARATOR + "htmx";

	/** Starts the query's part of a key. */
	static final String QUERY = SEPARATOR + "?";

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	private volatile Handlers handlers;

	public PageAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * The cache key of a request for a page.
	 * @param path the decoded, normalised path
	 * @return the key, or null when the query cannot be read
	 */
	String key(String path, HttpServletRequest request) {
		boolean fragment = Htmx.wantsFragment(request);
		String query = request.getQueryString();
		if (query == null) {
			return fragment ? path + FRAGMENT : path;
		}
		StringBuilder key = new StringBuilder(path.length() + query.length() + 16).append(path);
		if (fragment) {
			key.append(FRAGMENT);
		}
		Parameters parameters = parametersOf(path, request.getRequestURI());
		if (PlainQuery.appendTo(key, query, parameters)) {
			// As the site's own links spell their queries: no parsing, decoding or
			// encoding needed.
			return key.toString();
		}
		Map<String, String[]> values;
		try {
			values = request.getParameterMap();
		}
		catch (IllegalStateException unreadable) {
			// Tomcat could not decode the query (a stray %, invalid UTF-8): no page is
			// kept for it, and the application answers it as it answers such requests.
			return null;
		}
		appendDecoded(key, values, parameters);
		return key.toString();
	}

	/**
	 * Appends the canonical query to the key, from the parameters as Tomcat decoded them:
	 * the ones the page reads, by name in alphabetical order, each name's values in the
	 * order sent, each name and value encoded again.
	 */
	static void appendDecoded(StringBuilder key, Map<String, String[]> values, Parameters read) {
		String separator = QUERY;
		for (String name : read.any() ? new TreeSet<>(values.keySet()) : read.names()) {
			for (String value : values.getOrDefault(name, new String[0])) {
				key.append(separator).append(encode(name)).append('=').append(encode(value));
				separator = "&";
			}
		}
	}

	/** Whether the key is of a page whose address is made of query parameters. */
	static boolean hasQuery(String key) {
		return key.contains(QUERY);
	}

	/**
	 * The query parameters the handler of this path declares.
	 * @param path the decoded, normalised path
	 * @param rawPath the path as sent, which Spring's patterns match
	 */
	Parameters parametersOf(String path, String rawPath) {
		Handlers known = handlers();
		Parameters exact = known.byPath().get(path);
		if (exact != null) {
			return exact;
		}
		Parameters found = null;
		try {
			PathContainer container = PathContainer.parsePath(rawPath);
			for (Map.Entry<PathPattern, Parameters> pattern : known.byPattern()) {
				if (pattern.getKey().matches(container)) {
					found = found == null ? pattern.getValue() : found.and(pattern.getValue());
				}
			}
		}
		catch (IllegalArgumentException unreadable) {
			// No handler answers such a path.
		}
		return found == null ? Parameters.ANY : found;
	}

	private Handlers handlers() {
		Handlers known = handlers;
		if (known == null) {
			known = Handlers.of(mappings.orderedStream().toList());
			handlers = known;
		}
		return known;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * The query parameters a page reads: these names, in alphabetical order, or any.
	 */
	record Parameters(List<String> names, boolean any) {

		static final Parameters ANY = new Parameters(List.of(), true);

		static final Parameters NONE = new Parameters(List.of(), false);

		static Parameters of(Set<String> names) {
			return new Parameters(List.copyOf(new TreeSet<>(names)), false);
		}

		Parameters and(Parameters other) {
			if (any || other.any) {
				return ANY;
			}
			Set<String> both = new TreeSet<>(names);
			both.addAll(other.names);
			return of(both);
		}

		boolean contains(String name) {
			return any || names.contains(name);
		}

	}

	/** The GET handlers' query parameters, by literal path and by path pattern. */
	private record Handlers(Map<String, Parameters> byPath, List<Map.Entry<PathPattern, Parameters>> byPattern) {

		static Handlers of(List<RequestMappingInfoHandlerMapping> mappings) {
			Map<String, Parameters> byPath = new HashMap<>();
			Map<String, Parameters> byPatternText = new HashMap<>();
			for (RequestMappingInfoHandlerMapping mapping : mappings) {
				mapping.getHandlerMethods().forEach((info, method) -> {
					if (answersGet(info)) {
						Parameters parameters = parametersOf(method);
						for (String pattern : info.getPatternValues()) {
							Map<String, Parameters> table = isLiteral(pattern) ? byPath : byPatternText;
							table.merge(pattern, parameters, Parameters::and);
						}
					}
				});
			}
			PathPatternParser parser = PathPatternParser.defaultInstance;
			List<Map.Entry<PathPattern, Parameters>> byPattern = new ArrayList<>();
			byPatternText.forEach((pattern, parameters) -> byPattern.add(Map.entry(parser.parse(pattern), parameters)));
			return new Handlers(Map.copyOf(byPath), List.copyOf(byPattern));
		}

		private static boolean answersGet(RequestMappingInfo info) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			return methods.isEmpty() || methods.contains(RequestMethod.GET);
		}

		private static boolean isLiteral(String pattern) {
			return pattern.chars().noneMatch(c -> c == '{' || c == '*' || c == '?');
		}

		/** Simple types Spring resolves from the request itself, not from the query. */
		private static final Set<Class<?>> RESOLVED_FROM_THE_REQUEST = Set.of(Locale.class, TimeZone.class,
				ZoneId.class);

		private static Parameters parametersOf(HandlerMethod method) {
			Set<String> names = new TreeSet<>();
			for (MethodParameter parameter : method.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				Class<?> type = parameter.getParameterType();
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (requestParam != null) {
					if (Map.class.isAssignableFrom(type) && requestParam.name().isEmpty()) {
						return Parameters.ANY;
					}
					names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
				}
				else if (type.isRecord() && boundAsModelAttribute(parameter)) {
					// A record bound from the query, one parameter per component.
					for (var component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
				else if (BeanUtils.isSimpleValueType(type) && !parameter.hasParameterAnnotations()
						&& !RESOLVED_FROM_THE_REQUEST.contains(type)) {
					// Spring binds an unannotated simple parameter from the query by its
					// name.
					names.add(parameter.getParameterName());
				}
				else if (MultiValueMap.class.isAssignableFrom(type)) {
					return Parameters.ANY;
				}
			}
			return names.isEmpty() ? Parameters.NONE : Parameters.of(names);
		}

		/**
		 * Whether Spring binds this parameter from the query as a model attribute: no
		 * binding annotation of Spring MVC's own but {@code @ModelAttribute} (an
		 * annotation for the API's documentation, such as springdoc's
		 * {@code @ParameterObject}, changes nothing).
		 */
		private static boolean boundAsModelAttribute(MethodParameter parameter) {
			return Arrays.stream(parameter.getParameterAnnotations())
				.map(Annotation::annotationType)
				.noneMatch(annotation -> annotation != ModelAttribute.class
						&& annotation.getPackageName().equals(ModelAttribute.class.getPackageName()));
		}

	}

}
