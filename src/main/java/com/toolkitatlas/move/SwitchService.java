package com.toolkitatlas.move;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.KnownItemsParser;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.English;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.UserInput;

import org.springframework.stereotype.Service;

/**
 * The way from one role to another ({@code /switch/{from}-to-{to}}): what carries over,
 * what to learn, what stays behind. The page and the JSON API both answer from here.
 */
@Service
public class SwitchService {

	private static final String TO = "-to-";

	private final Catalogue catalogue;

	private final KnownItemsParser parser;

	/**
	 * Every move for nothing known, by its address, worked out once: it depends on the
	 * catalogue alone, which is loaded at start-up (a changed catalogue means a restart).
	 * Comparing the two toolkits on every request was a sixth of the uncached switch page
	 * (bench/RESULTS.md, "Rendering, sixth round").
	 */
	private final Map<String, RoleSwitch> moves;

	public SwitchService(Catalogue catalogue, KnownItemsParser parser) {
		this.catalogue = catalogue;
		this.parser = parser;
		Map<String, RoleSwitch> moves = new HashMap<>();
		for (Role from : catalogue.roles()) {
			for (Role to : catalogue.roles()) {
				if (!from.equals(to)) {
					moves.put(RoleSwitch.path(from, to),
							RoleSwitch.of(from, to, KnownItems.NONE, catalogue.pair(from, to).orElseThrow().path()));
				}
			}
		}
		this.moves = Map.copyOf(moves);
	}

	/**
	 * The roles of {@code {from}-to-{to}}, or a 404 that says which part names no role.
	 */
	public Route route(String move) {
		String[] slugs = move.split(TO, -1);
		if (slugs.length != 2 || slugs[0].isEmpty() || slugs[1].isEmpty()) {
			throw new NotFoundException(UserInput.quote(move)
					+ " does not name two roles. A switch address reads like /switch/backend-engineer-to-ml-engineer.");
		}
		List<String> unknown = List.of(slugs)
			.stream()
			.filter(slug -> catalogue.role(slug).isEmpty())
			.distinct()
			.toList();
		if (!unknown.isEmpty()) {
			throw new NotFoundException(
					(unknown.size() == 1 ? "There is no role called " : "There are no roles called ")
							+ English.list(unknown.stream().map(UserInput::quote).toList()) + ".");
		}
		return new Route(catalogue.role(slugs[0]).orElseThrow(), catalogue.role(slugs[1]).orElseThrow());
	}

	/**
	 * The roles of a switch address of the API, where one role named twice is a 400 (the
	 * page redirects to the profile instead).
	 */
	public Route apiRoute(String move) {
		Route route = route(move);
		if (route.sameRole()) {
			throw new BadRequestException("move", route.from().name()
					+ " was named twice. A switch needs two different roles, such as backend-engineer-to-ml-engineer.");
		}
		return route;
	}

	/**
	 * What the request says the person knows, or a 400 naming what it could not read.
	 * @param prefix "" for the page, "/api" for the API: where corrections point
	 */
	public KnownItems read(Route route, KnownRequest request, String prefix) {
		return parser.parse(request, prefix + RoleSwitch.path(route.from(), route.to()));
	}

	/** The move between two different roles, for what the person knows. */
	public RoleSwitch between(Route route, KnownItems known) {
		return moves.get(RoleSwitch.path(route.from(), route.to())).knowing(known);
	}

}
