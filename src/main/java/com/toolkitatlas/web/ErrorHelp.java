package com.toolkitatlas.web;

import java.util.Map;

/**
 * What an error page offers besides the problem itself: a fragment of the feature that
 * refused the request (the compare picker, a filter's corrections) and the model it
 * reads. The error page shows the fragment under the problem; the problem JSON leaves it
 * out.
 *
 * @param heading the page's heading where the problem's title says too little, or null
 * @param lead the sentence under the heading where the problem's detail is not the best
 * summary (the fragment lists the details), or null
 * @param template the template that holds the fragment, such as {@code compare/fragments}
 * @param fragment the fragment's name in that template
 * @param model what the fragment reads
 */
public record ErrorHelp(String heading, String lead, String template, String fragment, Map<String, Object> model) {

	public ErrorHelp {
		model = Map.copyOf(model);
	}

	/** A fragment under the problem's own title and detail. */
	public static ErrorHelp of(String template, String fragment, Map<String, Object> model) {
		return new ErrorHelp(null, null, template, fragment, model);
	}

}
