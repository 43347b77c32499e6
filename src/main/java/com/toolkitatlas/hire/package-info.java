/**
 * Hiring for a project ({@code /hire}, {@code /api/hire}): the kinds of project a team
 * builds and the roles each needs, read from their own tables at start-up, each link
 * citing the role's use case or hiring text it rests on; and the plan for a set of
 * projects at a stage: whom to hire first and why, who else the work needs, and the
 * comparisons that help choose.
 */
package com.toolkitatlas.hire;
