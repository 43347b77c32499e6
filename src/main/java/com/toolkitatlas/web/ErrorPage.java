package com.toolkitatlas.web;

import org.springframework.http.ProblemDetail;

/**
 * An error as its page shows it: the problem, under a heading, with whatever help the
 * feature that refused the request offers.
 *
 * @param help the fragment and model of the feature's help, or null
 */
public record ErrorPage(ProblemDetail problem, ErrorHelp help) {

	public String heading() {
		return help != null && help.heading() != null ? help.heading() : problem.getTitle();
	}

	public String lead() {
		return help != null && help.lead() != null ? help.lead() : problem.getDetail();
	}

	public int status() {
		return problem.getStatus();
	}

}
