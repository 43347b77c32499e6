package com.toolkitatlas.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Reads every {@link QueryRecord} (such as {@code KnownRequest}, {@code HireRequest},
 * {@code FilterRequest}) from the query as Spring MVC's binding by constructor does,
 * without its work per request: binding looks up the constructor, its parameters'
 * annotations and nullness and a converter again on every request, which cost 8 to 15 %
 * of an uncached fit, switch or hire page (bench/RESULTS.md, "Rendering, sixth round").
 * Only the plain case is read here: the record's own parameters and nothing else that
 * binding would look at. Anything else a binder reads (indexed names such as
 * {@code tool[0]}, the {@code _tool} and {@code !tool} markers, any other parameter, a
 * header or a path variable named as a component, which binding also reads) goes to
 * Spring's own binding, unchanged. {@code QueryRecordArgumentsTest} compares the two.
 */
public final class QueryRecordArguments implements HandlerMethodArgumentResolver {

	private final ClassValue<Reading> readings = new ClassValue<>() {
		@Override
		protected Reading computeValue(Class<?> type) {
			return new Reading(type);
		}
	};

	private final HandlerMethodArgumentResolver binding = new ServletModelAttributeMethodProcessor(true);

	/**
	 * @throws IllegalArgumentException if the parameter's type is a {@link QueryRecord}
	 * that is not a record, or has a component that is neither {@code String} nor
	 * {@code List<String>}
	 */
	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		if (!type.isAnnotationPresent(QueryRecord.class)) {
			return false;
		}
		this.readings.get(type);
		return true;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		Reading reading = this.readings.get(parameter.getParameterType());
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null || !reading.plain(request)) {
			return this.binding.resolveArgument(parameter, container, webRequest, binderFactory);
		}
		return reading.read(request);
	}

	/** How one record is read: its components' names and kinds, its constructor. */
	private static final class Reading {

		private final Constructor<?> constructor;

		private final String[] names;

		private final boolean[] lists;

		private final Set<String> nameSet;

		Reading(Class<?> type) {
			if (!type.isRecord()) {
				throw new IllegalArgumentException(
						type.getSimpleName() + " is marked as a query record but is not a record");
			}
			RecordComponent[] components = type.getRecordComponents();
			this.names = new String[components.length];
			this.lists = new boolean[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				this.names[i] = components[i].getName();
				types[i] = components[i].getType();
				this.lists[i] = isListOfText(components[i].getGenericType());
				if (!this.lists[i] && types[i] != String.class) {
					throw new IllegalArgumentException(type.getSimpleName() + "." + this.names[i]
							+ " is neither text nor a list of text: leave it to Spring's binding");
				}
			}
			this.nameSet = Set.of(this.names);
			try {
				this.constructor = ReflectionUtils.accessibleConstructor(type, types);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static boolean isListOfText(Type type) {
			return type instanceof ParameterizedType list && list.getRawType() == List.class
					&& list.getActualTypeArguments()[0] == String.class;
		}

		/**
		 * Whether the request names nothing but the record's parameters, and no header or
		 * path variable of theirs.
		 */
		boolean plain(HttpServletRequest request) {
			for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements();) {
				if (!this.nameSet.contains(names.nextElement())) {
					return false;
				}
			}
			Map<?, ?> pathVariables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			for (String name : this.names) {
				if (request.getHeader(name) != null || (pathVariables != null && pathVariables.containsKey(name))) {
					return false;
				}
			}
			return true;
		}

		Object read(HttpServletRequest request) throws ReflectiveOperationException {
			Object[] arguments = new Object[this.names.length];
			for (int i = 0; i < arguments.length; i++) {
				String[] values = request.getParameterValues(this.names[i]);
				arguments[i] = (values == null) ? null : this.lists[i] ? list(values) : text(values);
			}
			return this.constructor.newInstance(arguments);
		}

		/**
		 * Values as binding converts them to a list: one value is split at its commas and
		 * each part trimmed ("" is no value at all); several are taken as they are.
		 */
		private static List<String> list(String[] values) {
			if (values.length != 1) {
				return Arrays.asList(values);
			}
			return Arrays.stream(StringUtils.commaDelimitedListToStringArray(values[0])).map(String::trim).toList();
		}

		/**
		 * Values as binding converts them to text: one as it is, several joined by
		 * commas.
		 */
		private static String text(String[] values) {
			return values.length == 1 ? values[0] : String.join(",", values);
		}

	}

}
