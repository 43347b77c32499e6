package com.toolkitatlas.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.salary.Measure;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.RoleOccupation;

/**
 * The small JSON shapes every API resource shares: how a source, a salary figure, a
 * tool's cost and a name are written, so all endpoints describe the same thing the same
 * way.
 */
public final class Json {

	private Json() {
	}

	/** A source as cited next to a figure. */
	public record SourceRef(String code, String title, String url, String published, String confidence, String href) {
		public static SourceRef of(Source source) {
			return new SourceRef(source.code(), source.title(), source.url(), source.published(), source.confidence(),
					"/api/sources#" + source.code());
		}
	}

	/**
	 * A salary figure with everything a reader needs to judge it.
	 *
	 * @param period the period as people read it
	 * @param periodValue the same as an EDTF value (2024-05, 2020, 2025-03-24), null
	 * where the source gives no date
	 * @param socCode the BLS occupation the figure measures, or null
	 */
	public record Salary(String basis, String label, Integer amountUsd, Integer lowUsd, Integer highUsd,
			String rangeLabel, String region, String period, String periodValue, String socCode, boolean proxy,
			String note, boolean headline, String summary, SourceRef source) {
		public static Salary of(SalaryFigure figure) {
			return new Salary(figure.basis().name(), figure.label(), figure.amountUsd(), figure.lowUsd(),
					figure.highUsd(), figure.rangeLabel(), figure.region(), figure.period(), figure.periodValue(),
					figure.socCode(), figure.proxy(), figure.note(), figure.headline(), figure.summary(),
					SourceRef.of(figure.source()));
		}
	}

	/**
	 * The official occupation that stands for a role, with its wage distribution and
	 * projections. A figure the sources do not give is null and named in {@code missing}.
	 */
	public record OccupationRef(String socCode, String title, boolean proxy, String reason, String mappingConfidence,
			Wages wages, Outlook outlook) {
		public static OccupationRef of(RoleOccupation mapping) {
			Occupation o = mapping.occupation();
			return new OccupationRef(o.socCode(), o.title(), mapping.proxy(), mapping.reason(), mapping.confidence(),
					new Wages("USD", "P1Y", "US", figure(o, Measure.P10), figure(o, Measure.P25),
							figure(o, Measure.MEDIAN), figure(o, Measure.P75), figure(o, Measure.P90),
							figure(o, Measure.MEAN), figure(o, Measure.WAGE_EMPLOYMENT),
							o.missingPercentiles().stream().map(measure -> camelCase(measure.name())).toList()),
					new Outlook(o.outlookWindow(), o.outlookWindowValue(), figure(o, Measure.EMPLOYMENT),
							figure(o, Measure.CHANGE), figure(o, Measure.GROWTH_PERCENT), figure(o, Measure.OPENINGS),
							o.missingOutlook().stream().map(measure -> camelCase(measure.name())).toList()));
		}

		private static Figure figure(Occupation occupation, Measure measure) {
			return occupation.figure(measure).map(Figure::of).orElse(null);
		}
	}

	/**
	 * Annual wages of an occupation (OEWS): currency, duration (ISO 8601) and region, the
	 * percentiles, the mean and the employment the survey counted.
	 */
	public record Wages(String currency, String duration, String region, Figure percentile10, Figure percentile25,
			Figure median, Figure percentile75, Figure percentile90, Figure mean, Figure employment,
			List<String> missing) {
	}

	/** Employment projections over one window, such as 2024–34 (value 2024/2034). */
	public record Outlook(String window, String windowValue, Figure employment, Figure change, Figure growthPercent,
			Figure openingsPerYear, List<String> missing) {
	}

	/**
	 * One official figure: its value, whether the source rounds it, its period as read
	 * and as an EDTF value, its source and the other copies that agree.
	 */
	public record Figure(BigDecimal value, boolean approximate, String display, String period, String periodValue,
			SourceRef source, List<String> agreeing) {
		public static Figure of(OccupationFigure figure) {
			return new Figure(figure.amount(), figure.approximate(), figure.display(), figure.period().label(),
					figure.period().value(), SourceRef.of(figure.source()),
					figure.agreeing().stream().map(Source::code).toList());
		}
	}

	/** How a tool is paid for, or null where the catalogue has not checked it. */
	public record Cost(String model, String label, String note, List<String> evidence, String checked) {
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
