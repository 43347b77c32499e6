package com.toolkitatlas.salary;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;

import org.springframework.stereotype.Component;

/**
 * Draws salary figures on the scale every page shares, from $0 to the highest figure in the
 * catalogue rounded up to the next $50k, so a bar means the same on every page.
 */
@Component
public class SalaryCharts {

    private static final int STEP_USD = 50_000;

    private final int maxUsd;

    public SalaryCharts(Catalogue catalogue) {
        int highest = catalogue.roles().stream().flatMap(role -> role.salaries().stream())
                .mapToInt(SalaryFigure::high).max().orElse(STEP_USD);
        this.maxUsd = (highest / STEP_USD + 1) * STEP_USD;
    }

    /** Every figure of one role. */
    public SalaryChart of(Role role) {
        return chart(role.salaries().stream().map(figure -> new Entry(figure.label(), null, figure)).toList());
    }

    /** The headline figure of each role, labelled with the role's name and linked to its profile. */
    public SalaryChart headlines(List<Role> roles) {
        return chart(roles.stream()
                .map(role -> new Entry(role.name(), "/roles/" + role.slug(), role.headlineSalary())).toList());
    }

    public SalaryChart chart(List<Entry> entries) {
        List<SalaryChart.Bar> bars = entries.stream().map(this::bar).toList();
        List<SalaryChart.Tick> ticks = new ArrayList<>();
        for (int usd = 0; usd <= maxUsd; usd += STEP_USD) {
            ticks.add(new SalaryChart.Tick(usd == 0 ? "$0" : "$" + usd / 1000 + "k", percent(usd)));
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
