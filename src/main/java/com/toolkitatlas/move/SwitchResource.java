package com.toolkitatlas.move;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.alternative.PayDifference;
import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.Salary;
import com.toolkitatlas.fit.FitResource.ItemRef;
import com.toolkitatlas.fit.Need;

/**
 * The way from one role to another, as the JSON API returns it.
 *
 * @param coveredPercent the share of the target's toolkit, weighted as the fit is, that
 * the current role and what the person knows cover
 * @param distance SHORT (half or more covered), MODERATE (a quarter or more) or LONG
 */
public record SwitchResource(String from, String to, List<ItemRef> known, int coveredPercent, String distance,
		String verdict, List<ItemRef> carriesOver, List<ItemRef> toLearn, List<ItemRef> alreadyKnown,
		List<ItemRef> leftBehind, Pay pay, Map<String, String> links) {

	public static SwitchResource of(RoleSwitch move) {
		PayDifference pay = move.pay();
		return new SwitchResource(move.from().slug(), move.to().slug(),
				move.known().items().stream().map(item -> ItemRef.of(item, null)).toList(), move.fit().percent(),
				move.distance().name(), move.verdict(), refs(move.carried()), refs(move.toLearn()),
				refs(move.alreadyKnown()), refs(move.leftBehind()),
				new Pay(pay.comparable(), pay.gapUsd(), pay.summary(), Salary.of(pay.figure()),
						Salary.of(pay.baseline())),
				Json.links("self", move.known().on("/api" + move.path()), "html", move.known().on(move.path()),
						"compare", move.comparePath(), "from", "/api/roles/" + move.from().slug(), "to",
						"/api/roles/" + move.to().slug()));
	}

	private static List<ItemRef> refs(List<Need> needs) {
		return needs.stream().map(ItemRef::of).toList();
	}

	/** The target's headline pay against the current role's. */
	public record Pay(boolean comparable, Integer gapUsd, String summary, Salary to, Salary from) {
	}

}
