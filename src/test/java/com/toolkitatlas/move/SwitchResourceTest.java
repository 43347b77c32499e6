package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.alternative.PayDifference;
import com.toolkitatlas.api.Json;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.fit.FitFixture;
import com.toolkitatlas.fit.FitResource.ItemRef;
import com.toolkitatlas.fit.KnownRequest;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The way from one role to another as the JSON API answers it, over the fixture
 * catalogue.
 */
class SwitchResourceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final SwitchService switches = new SwitchService(catalogue, FitFixture.parser(catalogue));

	@Test
	void fromBackendToMlWithPyTorchKnown() {
		SwitchResource move = resource("backend-engineer-to-ml-engineer",
				new KnownRequest(null, List.of("pytorch"), null));

		assertThat(move.from()).isEqualTo(BACKEND.slug());
		assertThat(move.to()).isEqualTo(ML.slug());
		assertThat(move.known()).containsExactly(new ItemRef("tool", "pytorch", CatalogueFixture.PYTORCH.name(),
				CatalogueFixture.DATA_TOOLS.label(), null, "/tools/pytorch"));
		// Each item as it counts for ML, the role moved to.
		assertThat(move.carriesOver()).extracting(ItemRef::name, ItemRef::importance)
			.containsExactly(tuple("Docker", "CORE"), tuple("Kubernetes", "SECONDARY"), tuple("Python", "CORE"),
					tuple("SQL", "SECONDARY"));
		assertThat(move.toLearn()).extracting(ItemRef::name, ItemRef::importance)
			.containsExactly(tuple("Machine learning", "CORE"), tuple("Statistics", "CORE"),
					tuple("Data pipelines", "SECONDARY"));
		assertThat(move.alreadyKnown()).extracting(ItemRef::name, ItemRef::importance)
			.containsExactly(tuple("PyTorch", "CORE"));
		// Each item as it counted for Backend, the role left.
		assertThat(move.leftBehind()).extracting(ItemRef::name, ItemRef::importance)
			.containsExactly(tuple("API design", "CORE"), tuple("CI/CD", "SECONDARY"), tuple("PostgreSQL", "CORE"),
					tuple("Go", "CORE"));
		// Docker 2, Kubernetes 1, Python 2 and SQL 1 carry over, PyTorch 2 is known: 8 of
		// ML's 13.
		assertThat(move.coveredPercent()).isEqualTo(8 * 100 / 13);
		assertThat(move.distance()).isEqualTo("SHORT");
		assertThat(move.verdict()).isEqualTo("A short move: half of the toolkit or more carries over. " + (8 * 100 / 13)
				+ "% of the Machine Learning Engineer toolkit, weighted by importance, is covered by "
				+ "Backend Engineer and what you know; 2 of its 5 core items are left to learn.");
	}

	@Test
	void thePayOfTheTwoHeadlineFiguresAndTheLinks() {
		SwitchResource move = resource("backend-engineer-to-ml-engineer", KnownRequest.none());

		PayDifference pay = PayDifference.between(ML.headlineSalary(), BACKEND.headlineSalary(), BACKEND.shortName());
		assertThat(move.pay()).isEqualTo(new SwitchResource.Pay(true, null, pay.summary(),
				Json.Salary.of(ML.headlineSalary()), Json.Salary.of(BACKEND.headlineSalary())));
		assertThat(move.pay().summary()).as("two base salary bands, compared at both ends")
			.contains("against $100k–$180k for Backend Engineer");
		assertThat(move.links()).containsExactly(entry("self", "/api/switch/backend-engineer-to-ml-engineer"),
				entry("html", "/switch/backend-engineer-to-ml-engineer"),
				entry("compare", "/compare/ml-engineer-vs-backend-engineer"),
				entry("from", "/api/roles/backend-engineer"), entry("to", "/api/roles/ml-engineer"));
		assertThat(move.verdict()).contains("carries over from Backend Engineer");
	}

	@Test
	void theAddressesCarryWhatThePersonKnows() {
		SwitchResource move = resource("backend-engineer-to-ml-engineer",
				new KnownRequest(List.of("statistics"), null, null));

		assertThat(move.links()).containsEntry("self", "/api/switch/backend-engineer-to-ml-engineer?skill=statistics")
			.containsEntry("html", "/switch/backend-engineer-to-ml-engineer?skill=statistics");
	}

	/** The move as the API answers it, read as the API controller reads it. */
	private SwitchResource resource(String move, KnownRequest request) {
		Route route = switches.apiRoute(move);
		return SwitchResource.of(switches.between(route, switches.read(route, request, "/api")));
	}

}
