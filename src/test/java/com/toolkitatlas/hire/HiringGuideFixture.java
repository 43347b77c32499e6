package com.toolkitatlas.hire;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;

/**
 * A hiring guide for a test catalogue: one kind of project per role, citing the role's
 * first use case or, where it has none, the start of its hiring text.
 */
public final class HiringGuideFixture {

	private HiringGuideFixture() {
	}

	public static HiringGuide oneKindPerRole(Catalogue catalogue) {
		List<ProjectKind> kinds = catalogue.roles().stream().map(HiringGuideFixture::kindFor).toList();
		return new HiringGuide(catalogue.roles(), catalogue.pairs(), kinds, Map.of(), Map.of());
	}

	private static ProjectKind kindFor(Role role) {
		ProjectLink link = role.useCases().isEmpty()
				? new ProjectLink(role, Importance.CORE, null,
						role.text(Topic.WHEN_TO_HIRE)
							.substring(0, Math.min(10, role.text(Topic.WHEN_TO_HIRE).length())))
				: new ProjectLink(role, Importance.CORE, role.useCases().get(0), null);
		return new ProjectKind(role.slug() + "-work", role.name() + " work", List.of(link));
	}

}
