package com.toolkitatlas.compare;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.web.ErrorHelp;

/**
 * The compare picker: every role as a choice, the slugs already ticked, and every pair.
 */
public record ComparePicker(List<Role> roles, List<String> selected, List<RolePair> pairs) {

	/**
	 * The picker with the roles among these slugs that the catalogue knows ticked, each
	 * once: after a refused request, what it named that exists.
	 */
	static ComparePicker of(Catalogue catalogue, List<String> named) {
		List<String> known = named.stream()
			.map(String::strip)
			.filter(slug -> catalogue.role(slug).isPresent())
			.distinct()
			.toList();
		return new ComparePicker(catalogue.roles(), known, catalogue.pairs());
	}

	/** The picker on the error page of a comparison that cannot be made, to try again. */
	ErrorHelp onErrorPage() {
		return ErrorHelp.of("compare/fragments", "refused", Map.of("picker", this));
	}

}
