package com.toolkitatlas.fit;

import java.util.List;
import java.util.stream.IntStream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.FitResource.ItemRef;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The fit as the JSON API answers it, over the fixture catalogue. */
class FitResourceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final FitService fits = FitFixture.service(catalogue);

	@Test
	void eachRoleInItsPlaceWithItsWeightsWhatIsKnownAndWhatIsLackingCoreFirst() {
		FitResource resource = fits
			.resource(fits.read(new KnownRequest(null, List.of("kubernetes", "docker"), null), "/api/fit"));

		assertThat(resource.known()).containsExactly(
				new ItemRef("tool", "docker", DOCKER.name(), CatalogueFixture.PLATFORM.label(), null, "/tools/docker"),
				new ItemRef("tool", "kubernetes", KUBERNETES.name(), CatalogueFixture.PLATFORM.label(), null,
						"/tools/kubernetes"));
		assertThat(resource.method()).startsWith("Each skill, tool and language a role uses counts 2 when core");
		assertThat(resource.links()).containsExactly(entry("self", "/api/fit?tool=docker&tool=kubernetes"),
				entry("html", "/fit?tool=docker&tool=kubernetes"));
		assertThat(resource.ranking()).extracting(FitResource.Entry::rank)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, catalogue.roles().size()).boxed().toList());

		FitResource.Entry devops = resource.ranking().get(0);
		assertThat(devops.slug()).isEqualTo(DEVOPS.slug());
		assertThat(devops.name()).isEqualTo(DEVOPS.name());
		// DevOps: CI/CD, monitoring, Docker, Kubernetes and Go core, Python secondary.
		assertThat(devops.fitPercent()).isEqualTo(4 * 100 / 11);
		assertThat(List.of(devops.weightKnown(), devops.weightTotal(), devops.coreKnown(), devops.coreTotal()))
			.containsExactly(4, 11, 2, 5);
		assertThat(devops.tie()).isNull();
		assertThat(devops.have()).extracting(ItemRef::slug, ItemRef::importance)
			.containsExactly(tuple("docker", "CORE"), tuple("kubernetes", "CORE"));
		assertThat(devops.lack()).containsExactly(
				new ItemRef("skill", "ci-cd", "CI/CD", CatalogueFixture.ENGINEERING.label(), "CORE", "/skills/ci-cd"),
				new ItemRef("skill", "monitoring", "Monitoring", CatalogueFixture.ENGINEERING.label(), "CORE",
						"/skills/monitoring"),
				new ItemRef("language", "go", "Go", "Languages", "CORE", "/roles?language=go"),
				new ItemRef("language", "python", "Python", "Languages", "SECONDARY", "/roles?language=python"));
		assertThat(devops.links()).containsEntry("role", "/api/roles/devops-engineer")
			.containsEntry("html", "/roles/devops-engineer");
	}

	@Test
	void learnNextSaysWhyAndWhatEachItemDoesForEachOfTheBestRoles() {
		FitResource resource = fits
			.resource(fits.read(new KnownRequest(null, List.of("docker", "kubernetes"), null), "/api/fit"));

		FitResource.LearnNext go = resource.learnNext().get(0);
		assertThat(go.item()).isEqualTo(new ItemRef("language", "go", "Go", "Languages", null, "/roles?language=go"));
		assertThat(go.why()).isEqualTo("Core for DevOps Engineer and Backend Engineer.");
		assertThat(go.gains()).containsExactly(
				new FitResource.Gain(DEVOPS.slug(), "CORE", 4 * 100 / 11, (4 + 2) * 100 / 11),
				new FitResource.Gain(BACKEND.slug(), "CORE", 4 * 100 / 14, (4 + 2) * 100 / 14));
		assertThat(resource.learnNext().get(1).gains()).extracting(FitResource.Gain::importance)
			.as("Python: secondary for DevOps and Backend, core for ML")
			.containsExactly("SECONDARY", "SECONDARY", "CORE");
	}

	@Test
	void withNothingKnownEveryFitIsZeroAndTheSitesOrderOfRolesDecidesEachPlace() {
		FitResource resource = fits.resource(fits.read(KnownRequest.none(), "/api/fit"));

		assertThat(resource.known()).isEmpty();
		assertThat(resource.links()).containsEntry("self", "/api/fit").containsEntry("html", "/fit");
		assertThat(resource.ranking()).extracting(FitResource.Entry::slug)
			.containsExactlyElementsOf(catalogue.roles().stream().map(Role::slug).toList());
		assertThat(resource.ranking()).allSatisfy(entry -> {
			assertThat(entry.fitPercent()).isZero();
			assertThat(entry.have()).isEmpty();
		});
		assertThat(resource.ranking().get(0).tie()).isNull();
		for (int i = 1; i < catalogue.roles().size(); i++) {
			assertThat(resource.ranking().get(i).tie())
				.isEqualTo("Level with " + catalogue.roles().get(i - 1).shortName()
						+ " at 0% with as many core items known (0), so the site's order of roles decides.");
		}
	}

}
