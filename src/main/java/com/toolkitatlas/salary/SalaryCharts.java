package com.toolkitatlas.salary;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;

import org.springframework.stereotype.Component;

/**
 * Draws salary figures on a scale fitted to the figures of each chart: from $0 to the
 * highest figure drawn, rounded up to a whole tick, and never more than a quarter beyond
 * it, so the bars use the width instead of leaving an empty stretch to a far-off round
 * number. Ticks fall on round amounts ($20k, $25k, $50k, ...), three to eight of them.
 */
@Component
public class SalaryCharts {

	/** The tick steps a scale may use, smallest first. */
	private static final int[] STEPS_USD = { 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000,
			500_000 };

	private static final int MIN_TICKS = 3;

	private static final int MAX_TICKS = 8;

	/**
	 * Beyond this many intervals, only every other tick carries a label (on a phone there
	 * is no room for more).
	 */
	private static final int LABEL_EVERY_TICK_UP_TO = 5;

	/** How far beyond the highest figure a scale may run. */
	static final double MAX_HEADROOM = 1.25;

	/**
	 * The role's official distributions, its other US figures as marks on the same scale,
	 * and its global figures apart. A figure that repeats an occupation's median (same
	 * occupation, same month) is left out of the marks: the distribution already shows
	 * it. The scale is fitted to everything drawn: the marks and the distributions' 90th
	 * percentiles (or their highest figure given).
	 */
	public PayPicture picture(Role role, List<RoleOccupation> mappings) {
		List<Entry> marks = role.salaries()
			.stream()
			.filter(figure -> !figure.global())
			.filter(figure -> mappings.stream().noneMatch(mapping -> repeats(figure, mapping.occupation())))
			.map(figure -> new Entry(figure.label(), null, figure))
			.toList();
		int highest = Math.max(highest(marks), highestPercentile(mappings));
		Scale scale = Scale.fitted(Math.max(highest, STEPS_USD[0]));
		List<PayDistribution> distributions = mappings.stream()
			.map(mapping -> distribution(mapping, scale.maxUsd()))
			.toList();
		List<SalaryFigure> global = role.salaries().stream().filter(SalaryFigure::global).toList();
		SalaryChart chart = chart(marks, scale);
		return new PayPicture(distributions, chart, global, chart.ticks(), scale.maxUsd());
	}

	/**
	 * Occupations' distributions side by side, on one scale fitted to their highest
	 * percentile given.
	 */
	public Distributions distributions(List<RoleOccupation> mappings) {
		Scale scale = Scale.fitted(Math.max(highestPercentile(mappings), STEPS_USD[0]));
		SalaryChart axis = chart(List.of(), scale);
		return new Distributions(mappings.stream().map(mapping -> distribution(mapping, scale.maxUsd())).toList(),
				axis.ticks(), scale.maxUsd());
	}

	private static int highestPercentile(List<RoleOccupation> mappings) {
		return mappings.stream()
			.flatMap(mapping -> Measure.PERCENTILES.stream()
				.flatMap(measure -> mapping.occupation().figure(measure).stream()))
			.mapToInt(OccupationFigure::whole)
			.max()
			.orElse(0);
	}

	/** Distributions drawn on one scale, with its ticks. */
	public record Distributions(List<PayDistribution> distributions, List<SalaryChart.Tick> ticks, int maxUsd) {
	}

	/** One occupation's distribution on a scale from $0 to {@code maxUsd}. */
	private static PayDistribution distribution(RoleOccupation mapping, int maxUsd) {
		Occupation occupation = mapping.occupation();
		return new PayDistribution(mapping, position(occupation, Measure.P10, maxUsd),
				position(occupation, Measure.P90, maxUsd), position(occupation, Measure.P25, maxUsd),
				position(occupation, Measure.P75, maxUsd), position(occupation, Measure.MEDIAN, maxUsd));
	}

	private static Double position(Occupation occupation, Measure measure, int maxUsd) {
		return occupation.figure(measure).map(figure -> percent(figure.whole(), maxUsd)).orElse(null);
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
		return chart(entries, Scale.fitted(entries.isEmpty() ? STEPS_USD[0] : highest(entries)));
	}

	private static int highest(List<Entry> entries) {
		return entries.stream().mapToInt(entry -> entry.figure().high()).max().orElse(0);
	}

	private static SalaryChart chart(List<Entry> entries, Scale scale) {
		List<SalaryChart.Bar> bars = entries.stream().map(entry -> bar(entry, scale.maxUsd())).toList();
		List<SalaryChart.Tick> ticks = new ArrayList<>();
		int intervals = scale.maxUsd() / scale.stepUsd();
		for (int i = 0; i <= intervals; i++) {
			int usd = i * scale.stepUsd();
			// Counted from the end, so the end of the scale always carries its amount.
			boolean labelled = intervals <= LABEL_EVERY_TICK_UP_TO || (intervals - i) % 2 == 0;
			String label = !labelled ? null : usd == 0 ? "$0" : "$" + usd / 1000 + "k";
			ticks.add(new SalaryChart.Tick(label, percent(usd, scale.maxUsd())));
		}
		return new SalaryChart(bars, List.copyOf(ticks), scale.maxUsd());
	}

	private static SalaryChart.Bar bar(Entry entry, int maxUsd) {
		SalaryFigure figure = entry.figure();
		double start = percent(figure.low(), maxUsd);
		double width = percent(figure.high(), maxUsd) - start;
		Double point = figure.hasAmount() ? percent(figure.amountUsd(), maxUsd) : null;
		return new SalaryChart.Bar(entry.label(), entry.href(), figure, start, width, point);
	}

	private static double percent(int usd, int maxUsd) {
		return Math.round(usd * 10_000.0 / maxUsd) / 100.0;
	}

	/**
	 * The end of a scale and its tick step: of the steps that give three to eight ticks
	 * and end within a quarter beyond the highest figure, the one that ends closest to
	 * it, the coarser step on a tie.
	 */
	record Scale(int maxUsd, int stepUsd) {

		static Scale fitted(int highestUsd) {
			Scale best = null;
			for (int step : STEPS_USD) {
				int intervals = Math.max(1, (highestUsd + step - 1) / step);
				int max = intervals * step;
				boolean fits = intervals >= MIN_TICKS && intervals <= MAX_TICKS && max <= highestUsd * MAX_HEADROOM;
				if (fits && (best == null || max <= best.maxUsd())) {
					best = new Scale(max, step);
				}
			}
			if (best == null) {
				// No round step fits (a tiny or huge figure): four equal intervals.
				int step = Math.max(1, (highestUsd + 3) / 4);
				best = new Scale(4 * step, step);
			}
			return best;
		}

	}

	/** One figure to draw, with the label of its row and an optional link. */
	public record Entry(String label, String href, SalaryFigure figure) {
	}

}
