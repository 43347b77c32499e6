package com.toolkitatlas.role;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.Measure;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.RoleOccupation;

/**
 * A role as schema.org describes an occupation, for the profile's JSON-LD: its name and
 * description, the SOC code of its official occupation, its skills, and that occupation's
 * annual wage distribution in US dollars. The figures are the page's own, from the same
 * catalogue; a proxy occupation says so in the distribution's name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type", "name", "description", "url", "occupationalCategory", "skills",
		"responsibilities", "occupationLocation", "estimatedSalary" })
public record OccupationJsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
		String name, String description, String url, CategoryCode occupationalCategory, List<String> skills,
		String responsibilities, Place occupationLocation, List<Distribution> estimatedSalary) {

	public static OccupationJsonLd of(Role role, List<RoleOccupation> mappings, String url) {
		RoleOccupation main = mappings.get(0);
		Occupation occupation = main.occupation();
		return new OccupationJsonLd("https://schema.org", "Occupation", role.name(), role.summary(), url,
				new CategoryCode("CategoryCode", occupation.socCode(), occupation.title(),
						new CodeSet("CategoryCodeSet", "Standard Occupational Classification (SOC)")),
				role.skills().stream().map(RoleSkill::skill).map(skill -> skill.name()).toList(),
				role.keyResponsibility(), new Place("Country", "United States"),
				mappings.stream().map(OccupationJsonLd::distribution).toList());
	}

	private static Distribution distribution(RoleOccupation mapping) {
		Occupation o = mapping.occupation();
		String name = "Annual wages of " + o.codeAndTitle() + " (BLS OEWS, " + o.wagePeriod() + ")"
				+ (mapping.proxy() ? ", a proxy for this role" : "");
		return new Distribution("MonetaryAmountDistribution", name, "USD", "P1Y",
				o.median().map(figure -> figure.period().value()).orElse(null), amount(o, Measure.P10),
				amount(o, Measure.P25), amount(o, Measure.MEDIAN), amount(o, Measure.P75), amount(o, Measure.P90));
	}

	private static Integer amount(Occupation occupation, Measure measure) {
		return occupation.figure(measure).map(OccupationFigure::whole).orElse(null);
	}

	@JsonPropertyOrder({ "@type", "codeValue", "name", "inCodeSet" })
	public record CategoryCode(@JsonProperty("@type") String type, String codeValue, String name, CodeSet inCodeSet) {
	}

	@JsonPropertyOrder({ "@type", "name" })
	public record CodeSet(@JsonProperty("@type") String type, String name) {
	}

	@JsonPropertyOrder({ "@type", "name" })
	public record Place(@JsonProperty("@type") String type, String name) {
	}

	/**
	 * schema.org MonetaryAmountDistribution; a percentile the sources lack is left out.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "@type", "name", "currency", "duration", "validFrom", "percentile10", "percentile25", "median",
			"percentile75", "percentile90" })
	public record Distribution(@JsonProperty("@type") String type, String name, String currency, String duration,
			String validFrom, Integer percentile10, Integer percentile25, Integer median, Integer percentile75,
			Integer percentile90) {
	}

}
