package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Items.CareerRung;
import com.toolkitatlas.catalogue.Items.CareerStep;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A career ladder is drawn level by level: one step after another, and the steps that
 * lead on from the same step side by side where the road splits.
 */
class CareerLadderTest {

	@Test
	void aStraightLadderIsOneStepPerLevel() {
		Role role = withSteps(step("Junior", 0), step("Mid", 1), step("Senior", 2));

		assertThat(role.careerLadder()).extracting(rung -> titles(rung))
			.containsExactly(List.of("Junior"), List.of("Mid"), List.of("Senior"));
		assertThat(role.careerLadder()).noneMatch(CareerRung::split);
		assertThat(role.careerLadder().get(0).from()).isNull();
		assertThat(role.careerLadder().get(2).from().title()).isEqualTo("Mid");
	}

	@Test
	void twoStepsThatFollowTheSameStepAreTheTwoRoadsOfASplit() {
		Role role = withSteps(step("Staff", 0), step("Principal", 1), step("Manager", 1));

		List<CareerRung> ladder = role.careerLadder();
		assertThat(ladder).hasSize(2);
		assertThat(ladder.get(1).split()).isTrue();
		assertThat(ladder.get(1).from().title()).isEqualTo("Staff");
		assertThat(titles(ladder.get(1))).containsExactly("Principal", "Manager");
	}

	private static List<String> titles(CareerRung rung) {
		return rung.steps().stream().map(CareerStep::title).toList();
	}

	private static CareerStep step(String title, int follows) {
		return new CareerStep(title, TestRoles.SOURCE, follows);
	}

	private static Role withSteps(CareerStep... steps) {
		return new Role("r", "R", "R", 1, "r", "r", "r", "r", "r", null, Map.of(), Map.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(steps),
				List.of(), List.of(), null);
	}

}
