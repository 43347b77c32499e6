package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.NotFoundException;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.TestRoles.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleSelectionTest {

	private final Role a = role("a", 1, List.of(), List.of());

	private final Role b = role("b", 2, List.of(), List.of());

	private final Role c = role("c", 3, List.of(), List.of());

	private final Catalogue catalogue = new Catalogue(
			List.of(c, a, b, role("d", 4, List.of(), List.of()), role("e", 5, List.of(), List.of()),
					role("f", 6, List.of(), List.of())),
			List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

	@Test
	void readsCommaSeparatedAndRepeatedParametersAlikeInDisplayOrder() {
		assertThat(RoleSelection.parse(List.of("c,a, b"), catalogue).roles()).containsExactly(a, b, c);
		assertThat(RoleSelection.parse(List.of("c", "a", "b"), catalogue).roles()).containsExactly(a, b, c);
		assertThat(RoleSelection.parse(List.of("c,a", "b"), catalogue).roles()).containsExactly(a, b, c);
	}

	@Test
	void oneRoleNamedSeveralTimesAndNothingElseIsThatRoleComparedWithItself() {
		RoleSelection selection = RoleSelection.parse(List.of("b,b"), catalogue);

		assertThat(selection.single()).isTrue();
		assertThat(selection.roles()).containsExactly(b);
	}

	@Test
	void refusesNoRoleAndASingleRole() {
		assertThatThrownBy(() -> RoleSelection.parse(List.of(""), catalogue)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("No role was chosen");
		assertThatThrownBy(() -> RoleSelection.parse(List.of("a"), catalogue)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("Only one role was chosen (a)");
	}

	@Test
	void takesAsManyRolesAsATableHolds() {
		assertThat(RoleSelection.parse(List.of("a,b,c,d,e,f"), catalogue).roles()).hasSize(catalogue.roles().size());
	}

	@Test
	void refusesMoreThanSixRolesBeforeLookingThemUp() {
		assertThatThrownBy(() -> RoleSelection.parse(List.of("a,b,c,d,e,f,x"), catalogue))
			.isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith("7 roles were asked for, but a comparison holds at most six");
	}

	@Test
	void refusesARoleNamedTwiceAmongOthersAndNamesIt() {
		assertThatThrownBy(() -> RoleSelection.parse(List.of("a,b,a"), catalogue))
			.isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith("a was chosen more than once");
		assertThatThrownBy(() -> RoleSelection.parse(List.of("a,b,a,b"), catalogue))
			.isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith("a and b were chosen more than once");
	}

	@Test
	void anUnknownSlugIsNotFoundAndEveryUnknownOneIsNamed() {
		assertThatThrownBy(() -> RoleSelection.parse(List.of("a,astronaut"), catalogue))
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("There is no role called “astronaut”.");
		assertThatThrownBy(() -> RoleSelection.parse(List.of("pilot,a,astronaut"), catalogue))
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("There are no roles called “pilot”, “astronaut”.");
	}

}
