package com.toolkitatlas.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a sentence claims about how much two toolkits have in common, and the computed
 * similarity (see {@link Overlap}) that the claim needs: prose must not say "overlap
 * heavily" above a 10% similarity. Only claims in these words are recognised, so writers
 * say something checkable or nothing about the amount.
 */
public enum OverlapClaim {

	/** Heavy overlap: at least 40% of the skills and tools either role lists. */
	HEAVY(40, 100,
			"overlaps? (heavily|significantly|strongly|largely)|largely overlap|much in common|share most of|nearly the same toolkit"),

	/** Little overlap: at most 10%. */
	LITTLE(0, 10, "(barely|hardly|scarcely) overlaps?|little overlap|little in common|nothing in common");

	private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

	private final int minPercent;

	private final int maxPercent;

	private final Pattern words;

	OverlapClaim(int minPercent, int maxPercent, String words) {
		this.minPercent = minPercent;
		this.maxPercent = maxPercent;
		this.words = Pattern.compile("\\b(" + words + ")\\b", Pattern.CASE_INSENSITIVE);
	}

	/** The claim a sentence makes, if any. */
	public static Optional<OverlapClaim> in(String sentence) {
		return Arrays.stream(values()).filter(claim -> claim.words.matcher(sentence).find()).findFirst();
	}

	/** Whether a similarity, as a whole percentage, bears the claim out. */
	public boolean agreesWith(int similarityPercent) {
		return similarityPercent >= minPercent && similarityPercent <= maxPercent;
	}

	/**
	 * Every sentence of the catalogue whose overlap claim the computed similarity
	 * contradicts, or that makes one without naming the role it compares with. A pair's
	 * texts are about that pair; a role's texts must name the other role in the same
	 * sentence.
	 */
	public static List<String> contradictions(Catalogue catalogue) {
		List<String> found = new ArrayList<>();
		for (RolePair pair : catalogue.pairs()) {
			int percent = Overlap.of(pair.first(), pair.second()).similarityPercent();
			List<String> texts = new ArrayList<>(List.of(pair.difference()));
			pair.notes().forEach(note -> texts.add(note.body()));
			for (String text : texts) {
				for (String sentence : SENTENCE.split(text)) {
					in(sentence).filter(claim -> !claim.agreesWith(percent))
						.ifPresent(claim -> found.add(pair.first().slug() + " vs " + pair.second().slug() + " ("
								+ percent + "%): " + sentence));
				}
			}
		}
		for (Role role : catalogue.roles()) {
			List<String> texts = new ArrayList<>(role.texts().values());
			texts.addAll(role.notes().values());
			texts.add(role.summary());
			if (role.definitionNote() != null) {
				texts.add(role.definitionNote());
			}
			for (String text : texts) {
				for (String sentence : SENTENCE.split(text)) {
					in(sentence).ifPresent(claim -> found.addAll(roleClaim(catalogue, role, claim, sentence)));
				}
			}
		}
		return found;
	}

	private static List<String> roleClaim(Catalogue catalogue, Role role, OverlapClaim claim, String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		List<Role> named = catalogue.roles()
			.stream()
			.filter(other -> !other.equals(role))
			.filter(other -> lower.contains(other.shortName().toLowerCase(Locale.ROOT))
					|| lower.contains(other.name().toLowerCase(Locale.ROOT)))
			.toList();
		if (named.isEmpty()) {
			return List.of(role.slug() + " claims an overlap without naming the other role: " + sentence);
		}
		return named.stream()
			.filter(other -> !claim.agreesWith(Overlap.of(role, other).similarityPercent()))
			.map(other -> role.slug() + " vs " + other.slug() + " (" + Overlap.of(role, other).similarityPercent()
					+ "%): " + sentence)
			.toList();
	}

}
