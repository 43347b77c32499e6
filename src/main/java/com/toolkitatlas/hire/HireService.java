package com.toolkitatlas.hire;

import com.toolkitatlas.catalogue.Role;

import org.springframework.stereotype.Service;

/** Reads what a person is building and plans whom to hire for it. */
@Service
public class HireService {

	private final HiringGuide guide;

	public HireService(HiringGuide guide) {
		this.guide = guide;
	}

	/**
	 * What the request asks, understood; a 400 naming any unknown kind of project or
	 * stage.
	 */
	public HireQuery read(HireRequest request) {
		return HireQuery.read(guide, request);
	}

	/** The page for a choice: the form alone when nothing is ticked. */
	public HirePage page(HireQuery query) {
		return new HirePage(HireForm.of(guide, query), query.isEmpty() ? null : HirePlan.of(guide, query));
	}

	/** The plan as the JSON API returns it, with the kinds of project it accepts. */
	public HireResource resource(HireQuery query) {
		return HireResource.of(HirePlan.of(guide, query), guide);
	}

	/** The address of the plan for the projects that need a role, for its profile. */
	public String hrefFor(Role role) {
		return new HireQuery(guide.kindsFor(role), null).href();
	}

	/** The data behind the plans, for the method section of /sources. */
	public HireMethod method() {
		return new HireMethod(guide.kinds(),
				guide.roles()
					.stream()
					.flatMap(role -> guide.lean(role).map(lean -> new HireMethod.RoleStage(role, lean)).stream())
					.toList());
	}

}
