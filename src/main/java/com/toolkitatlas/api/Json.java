package com.toolkitatlas.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;

/**
 * The small JSON shapes every API resource shares: how a source, a salary figure, a
 * tool's cost and a name are written, so all endpoints describe the same thing the same
 * way.
 */
public final class Json {

	private Json() {
	}

	/** A source as cited next to a figure. */
	public record SourceRef(String code, String title, String url, String published, String href) {
		public static SourceRef of(Source source) {
			return new SourceRef(source.code(), source.title(), source.url(), source.published(),
					"/api/sources#" + source.code());
		}
	}

	/** A salary figure with everything a reader needs to judge it. */
	public record Salary(String basis, String label, Integer amountUsd, Integer lowUsd, Integer highUsd,
			String rangeLabel, String region, String period, String note, boolean headline, String summary,
			SourceRef source) {
		public static Salary of(SalaryFigure figure) {
			return new Salary(figure.basis().name(), figure.label(), figure.amountUsd(), figure.lowUsd(),
					figure.highUsd(), figure.rangeLabel(), figure.region(), figure.period(), figure.note(),
					figure.headline(), figure.summary(), SourceRef.of(figure.source()));
		}
	}

	/** How a tool is paid for, or null where the catalogue has not checked it. */
	public record Cost(String model, String label, String note, java.util.List<String> evidence, String checked) {
		public static Cost of(Tool tool) {
			if (!tool.costChecked()) {
				return null;
			}
			Tool.ToolCost cost = tool.cost();
			return new Cost(cost.model().slug(), cost.model().label(), cost.note(), cost.evidenceLinks(),
					cost.checked());
		}
	}

	/** A category of skills or tools. */
	public record CategoryRef(String slug, String label) {
	}

	/**
	 * Links between resources, by relation, in the order given. Every map a response
	 * holds keeps a fixed order, so the same catalogue gives the same bytes, and the same
	 * ETag, on every instance; {@code Map.of} would change its order with every start of
	 * the JVM.
	 * @param relationsAndAddresses a relation, its address, the next relation, ...
	 */
	public static Map<String, String> links(String... relationsAndAddresses) {
		Map<String, String> links = new LinkedHashMap<>();
		for (int i = 0; i < relationsAndAddresses.length; i += 2) {
			links.put(relationsAndAddresses[i], relationsAndAddresses[i + 1]);
		}
		return Collections.unmodifiableMap(links);
	}

	/** "CORE" or "SECONDARY". */
	public static String importance(Importance importance) {
		return importance.name();
	}

	/** An enum-style name as a camelCase JSON key: WHEN_TO_HIRE becomes whenToHire. */
	public static String camelCase(String constant) {
		StringBuilder key = new StringBuilder();
		for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
			key.append(key.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return key.toString();
	}

}
