package com.toolkitatlas.web;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sort} changes the roles page, so the page cache keys on it (it is a component of
 * the bound filter record, which is where the cache reads a page's parameters from): each
 * order is a page of its own, and a value that is not an order is a 400, never stored.
 */
@WebTest
class RoleOrderCacheTest {

	@Autowired
	Site site;

	@Autowired
	PageCache cache;

	@Autowired
	PageAddresses addresses;

	@Test
	void eachOrderIsAPageOfItsOwnAndAValueThatIsNotAnOrderIsNotKept() {
		assertThat(addresses.parametersOf("/roles", "/roles").names()).contains("sort");
		assertThat(addresses.parametersOf("/api/roles", "/api/roles").names()).contains("sort");

		Page byPay = site.get("/roles?sort=pay");
		Page byGrowth = site.get("/roles?sort=growth");
		Page bySite = site.get("/roles");
		Page junk = site.get("/roles?sort=junk");
		cache.cleanUp();

		assertThat(byPay.status()).isEqualTo(200);
		assertThat(byGrowth.status()).isEqualTo(200);
		assertThat(junk.status()).isEqualTo(400);
		assertThat(byPay.header("ETag")).isNotEqualTo(byGrowth.header("ETag")).isNotEqualTo(bySite.header("ETag"));
		assertThat(key("sort=pay")).isNotEqualTo(key("sort=growth"));
		assertThat(cache.contains(key("sort=pay"))).isTrue();
		assertThat(cache.contains(key("sort=growth"))).isTrue();
		assertThat(cache.contains(key("sort=junk"))).as("a 400 is never kept").isFalse();
		assertThat(site.get("/roles?sort=pay&utm_source=x").header("ETag")).as("a parameter no page reads")
			.isEqualTo(byPay.header("ETag"));
	}

	private String key(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles");
		request.setQueryString(query);
		String[] parts = query.split("=", 2);
		request.addParameter(parts[0], parts[1]);
		return addresses.key("/roles", request);
	}

}
