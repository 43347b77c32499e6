package com.toolkitatlas.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.English;
import com.toolkitatlas.web.ErrorHelp;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.UserInput;

/**
 * The roles a person asked to compare, in display order. Read from the {@code roles}
 * parameter as a person types it ({@code roles=a,b,c}) or as the picker's checkboxes send
 * it ({@code roles=a&roles=b}). A request that names one role several times and nothing
 * else is a selection of that one role.
 */
record RoleSelection(List<Role> roles) {

	static final String PARAMETER = "roles";

	/**
	 * @throws BadRequestException for no role, one role, more roles than the catalogue
	 * holds, or a role named twice
	 * @throws NotFoundException for a slug the catalogue does not know
	 * <p>
	 * Either carries the picker for the error page, with the known roles named ticked.
	 */
	static RoleSelection parse(List<String> values, Catalogue catalogue) {
		List<String> slugs = values.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(slug -> !slug.isEmpty())
			.toList();
		// The picker for an error page, made only for a refused request.
		Supplier<ErrorHelp> picker = () -> ComparePicker.of(catalogue, slugs).onErrorPage();
		int most = catalogue.roles().size();
		String twoToAll = "two to " + English.number(most);
		if (slugs.isEmpty()) {
			throw new BadRequestException(PARAMETER, "No role was chosen. Choose " + twoToAll + " roles to compare.",
					picker.get());
		}
		if (slugs.size() > most) {
			throw new BadRequestException(PARAMETER,
					slugs.size() + " roles were asked for, but a comparison holds at most " + English.number(most)
							+ ". Choose " + twoToAll + " roles.",
					picker.get());
		}
		List<String> unknown = slugs.stream().filter(slug -> catalogue.role(slug).isEmpty()).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new NotFoundException(unknownRoles(unknown, catalogue), picker.get());
		}
		List<Role> roles = slugs.stream().map(catalogue::role).map(Optional::orElseThrow).toList();
		List<Role> distinct = roles.stream().distinct().sorted(Comparator.comparingInt(Role::displayOrder)).toList();
		if (roles.size() == 1) {
			throw new BadRequestException(PARAMETER, "Only one role was chosen (" + roles.get(0).name()
					+ "). A comparison needs at least two: choose one to " + English.number(most - 1) + " more.",
					picker.get());
		}
		if (distinct.size() > 1 && distinct.size() < roles.size()) {
			List<String> repeated = distinct.stream()
				.filter(role -> roles.stream().filter(role::equals).count() > 1)
				.map(Role::name)
				.toList();
			throw new BadRequestException(PARAMETER,
					English.list(repeated) + (repeated.size() > 1 ? " were" : " was")
							+ " chosen more than once. Choose each role once, " + twoToAll + " roles in all.",
					picker.get());
		}
		return new RoleSelection(distinct);
	}

	/**
	 * The same role asked for more than once and nothing else: a role compared with
	 * itself.
	 */
	boolean single() {
		return roles.size() == 1;
	}

	static String unknownRoles(List<String> slugs, Catalogue catalogue) {
		String quoted = slugs.stream().map(UserInput::quote).collect(Collectors.joining(", "));
		return (slugs.size() == 1 ? "There is no role called " : "There are no roles called ") + quoted
				+ ". The catalogue has " + English.number(catalogue.roles().size()) + " roles; choose from them below.";
	}
}
