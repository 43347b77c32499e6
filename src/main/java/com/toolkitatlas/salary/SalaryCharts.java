package com.toolkitatlas.salary;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;

import org.springframework.stereotype.Component;

/**
 * Draws salary figures on the scale every page shares, from $0 to the highest figure in
 * the catalogue rounded up to the next $100k, so a bar means the same on every page.
 * Ticks every $50k, labels every $100k: whole label steps let the labels sit evenly under
 * their ticks.
 */
@Component
public class SalaryCharts {

	private static final int TICK_USD = 50_000;

	private static final int LABEL_USD = 100_000;

	private final int maxUsd;

	public SalaryCharts(Catalogue catalogue) {
		int highest = catalogue.roles()
			.stream()
			.flatMap(role -> role.salaries().stream())
			.mapToInt(SalaryFigure::high)
			.max()
			.orElse(LABEL_USD);
		this.maxUsd = (highest + LABEL_USD - 1) / LABEL_USD * LABEL_USD;
	}

	/**
	 * The role's official distributions, its other US figures as marks on the same scale,
	 * and its global figures apart. A figure that repeats an occupation's median (same
	 * occupation, same month) is left out of the marks: the distribution already shows
	 * it.
	 */
	public PayPicture picture(Role role, List<RoleOccupation> mappings) {
		List<PayDistribution> distributions = mappings.stream().map(this::distribution).toList();
		List<Entry> marks = role.salaries()
			.stream()
			.filter(figure -> !figure.global())
			.filter(figure -> mappings.stream().noneMatch(mapping -> repeats(figure, mapping.occupation())))
			.map(figure -> new Entry(figure.label(), null, figure))
			.toList();
		List<SalaryFigure> global = role.salaries().stream().filter(SalaryFigure::global).toList();
		SalaryChart chart = chart(marks);
		return new PayPicture(distributions, chart, global, chart.ticks(), maxUsd);
	}

	/** One occupation's distribution on the shared scale. */
	public PayDistribution distribution(RoleOccupation mapping) {
		Occupation occupation = mapping.occupation();
		return new PayDistribution(mapping, position(occupation, Measure.P10), position(occupation, Measure.P90),
				position(occupation, Measure.P25), position(occupation, Measure.P75),
				position(occupation, Measure.MEDIAN));
	}

	private Double position(Occupation occupation, Measure measure) {
		return occupation.figure(measure).map(figure -> percent(figure.whole())).orElse(null);
	}

	private static boolean repeats(SalaryFigure figure, Occupation occupation) {
		return occupation.socCode().equals(figure.socCode()) && figure.hasAmount()
				&& occupation.median()
					.filter(median -> median.period().value().equals(figure.periodValue())
							&& median.whole() == figure.amountUsd())
					.isPresent();
	}

	/** Every figure of one role. */
	public SalaryChart of(Role role) {
		return chart(role.salaries().stream().map(figure -> new Entry(figure.label(), null, figure)).toList());
	}

	/**
	 * The headline figure of each role, labelled with the role's name and linked to its
	 * profile.
	 */
	public SalaryChart headlines(List<Role> roles) {
		return chart(roles.stream()
			.map(role -> new Entry(role.name(), "/roles/" + role.slug(), role.headlineSalary()))
			.toList());
	}

	public SalaryChart chart(List<Entry> entries) {
		List<SalaryChart.Bar> bars = entries.stream().map(this::bar).toList();
		List<SalaryChart.Tick> ticks = new ArrayList<>();
		for (int usd = 0; usd <= maxUsd; usd += TICK_USD) {
			String label = usd % LABEL_USD != 0 ? null : usd == 0 ? "$0" : "$" + usd / 1000 + "k";
			ticks.add(new SalaryChart.Tick(label, percent(usd)));
		}
		return new SalaryChart(bars, List.copyOf(ticks), maxUsd);
	}

	private SalaryChart.Bar bar(Entry entry) {
		SalaryFigure figure = entry.figure();
		double start = percent(figure.low());
		double width = percent(figure.high()) - start;
		Double point = figure.hasAmount() ? percent(figure.amountUsd()) : null;
		return new SalaryChart.Bar(entry.label(), entry.href(), figure, start, width, point);
	}

	private double percent(int usd) {
		return Math.round(usd * 10_000.0 / maxUsd) / 100.0;
	}

	/** One figure to draw, with the label of its row and an optional link. */
	public record Entry(String label, String href, SalaryFigure figure) {
	}

}
