package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.filter.FilterProblem;
import com.toolkitatlas.filter.FilterRequest;
import com.toolkitatlas.filter.InvalidFilterException;
import com.toolkitatlas.filter.RoleFilterParser;
import com.toolkitatlas.web.UserInput;

import org.springframework.stereotype.Component;

/**
 * Turns the {@code skill}, {@code tool} and {@code language} parameters of a fit or
 * switch address into {@link KnownItems}, each value counted once, or into a 400 that
 * names every value it could not find. The likely corrections come from the role filter's
 * parser, so {@code /fit} suggests what {@code /roles} suggests (a misspelt slug, a short
 * form such as k8s, a tool given as a skill).
 */
@Component
public class KnownItemsParser {

	private final Catalogue catalogue;

	private final RoleFilterParser filterParser;

	public KnownItemsParser(Catalogue catalogue, RoleFilterParser filterParser) {
		this.catalogue = catalogue;
		this.filterParser = filterParser;
	}

	/**
	 * @param path the page the values were given to, for the addresses of corrections
	 */
	public KnownItems parse(KnownRequest request, String path) {
		List<Item> items = new ArrayList<>();
		List<Unread> unread = new ArrayList<>();
		read(Item.Kind.SKILL, request.skill(), slug -> catalogue.skill(slug).map(Item::of), catalogue.skills().size(),
				items, unread);
		read(Item.Kind.TOOL, request.tool(), slug -> catalogue.tool(slug).map(Item::of), catalogue.tools().size(),
				items, unread);
		read(Item.Kind.LANGUAGE, request.language(), slug -> catalogue.language(slug).map(Item::of),
				catalogue.languages().size(), items, unread);
		KnownItems known = new KnownItems(items);
		if (unread.isEmpty()) {
			return known;
		}
		throw new UnknownItemsException(unread.stream().map(problem -> unknown(problem, known, path)).toList(),
				known.on(path));
	}

	private static void read(Item.Kind kind, List<String> raw, Function<String, Optional<Item>> lookup, int known,
			List<Item> items, List<Unread> unread) {
		List<String> values = raw.stream()
			.filter(Objects::nonNull)
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(value -> value.strip().toLowerCase(Locale.ROOT))
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
		if (values.size() > known) {
			unread.add(new Unread(kind, null, "The catalogue has " + known + " " + kind.parameter()
					+ (known == 1 ? "" : "s") + "; this address names " + values.size() + "."));
			return;
		}
		for (String value : values) {
			lookup.apply(value).ifPresentOrElse(items::add, () -> unread.add(new Unread(kind, value, null)));
		}
	}

	/**
	 * The role filter's reading of a value it cannot find either: its message and the
	 * item it suggests.
	 */
	private Correction correction(Item.Kind kind, String value) {
		List<String> one = List.of(value);
		FilterRequest request = new FilterRequest(kind == Item.Kind.SKILL ? one : null,
				kind == Item.Kind.TOOL ? one : null, kind == Item.Kind.LANGUAGE ? one : null, null, null, null);
		try {
			filterParser.parse(request);
		}
		catch (InvalidFilterException unknown) {
			FilterProblem problem = unknown.problems().get(0);
			return new Correction(problem.message(), suggested(problem.suggestionHref()));
		}
		return new Correction("The catalogue has no " + kind.parameter() + " " + UserInput.quote(value) + ".", null);
	}

	/** The item a corrected filter address names: {@code /roles?tool=kubernetes}. */
	private Item suggested(String href) {
		if (href == null || href.indexOf('?') < 0) {
			return null;
		}
		String[] parameter = href.substring(href.indexOf('?') + 1).split("=", 2);
		if (parameter.length != 2) {
			return null;
		}
		return switch (parameter[0]) {
			case "skill" -> catalogue.skill(parameter[1]).map(Item::of).orElse(null);
			case "tool" -> catalogue.tool(parameter[1]).map(Item::of).orElse(null);
			case "language" -> catalogue.language(parameter[1]).map(Item::of).orElse(null);
			default -> null;
		};
	}

	private record Correction(String message, Item item) {
	}

	/**
	 * A value that could not be read.
	 *
	 * @param value the value, or null when the whole parameter is refused
	 * @param message what to say, or null for the role filter's words
	 */
	private record Unread(Item.Kind kind, String value, String message) {
	}

	private UnknownItem unknown(Unread unread, KnownItems known, String path) {
		if (unread.value() == null) {
			return new UnknownItem(unread.kind().parameter(), unread.message(), null, null);
		}
		Correction correction = correction(unread.kind(), unread.value());
		if (correction.item() == null) {
			return new UnknownItem(unread.kind().parameter(), correction.message(), null, null);
		}
		return new UnknownItem(unread.kind().parameter(), correction.message(), correction.item().name(),
				known.and(new KnownItems(List.of(correction.item()))).on(path));
	}

}
