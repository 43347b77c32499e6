package com.toolkitatlas.api;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.toolkitatlas.ToolkitAtlasApplication;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application answer every API address with the same bytes, and so
 * the same ETag: behind a load balancer, a client's revalidation may reach either, and a
 * 304 must not depend on which. {@code Map.of} and hash sets change their iteration order
 * with each start of a JVM, not between two application contexts in one, so the second
 * instance runs in a JVM of its own.
 */
@WebTest
class SameAnswersOnEveryInstanceTest {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void everyApiAddressAnswersWithTheSameBytesAndEtagInAnotherJvm() throws Exception {
		Process other = startAnotherInstance();
		try {
			int port = portOf(other);
			for (String address : apiAddresses()) {
				// As a browser on another site asks, so that what this fills the shared
				// page cache
				// with carries the CORS header other tests expect.
				Page here = site.get(address, Map.of("Accept", "application/json", "Origin", "https://example.org"));
				Page there = RawHttp.get(port, address, "Accept: application/json\r\nOrigin: https://example.org\r\n");
				assertThat(there.status()).as(address).isEqualTo(here.status());
				assertThat(there.body().equals(here.body())).as("%s differs: %s", address, difference(here, there))
					.isTrue();
				assertThat(there.header("ETag")).as(address).isEqualTo(here.header("ETag"));
			}
		}
		finally {
			other.destroy();
			other.waitFor(20, TimeUnit.SECONDS);
		}
	}

	/** Where two bodies part, with a little of each around it. */
	private static String difference(Page here, Page there) {
		String a = here.body();
		String b = there.body();
		int at = 0;
		while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
			at++;
		}
		int from = Math.max(0, at - 60);
		return "at character " + at + ", here …" + a.substring(from, Math.min(a.length(), at + 60)) + "…, there …"
				+ b.substring(from, Math.min(b.length(), at + 60)) + "…";
	}

	private List<String> apiAddresses() {
		List<String> addresses = new ArrayList<>(List.of("/api/roles", "/api/roles?tool=kubernetes&language=python",
				"/api/roles.csv", "/api/skills", "/api/tools", "/api/sources",
				"/api/pick?interest=automation&strength=system-operations&tool=kubernetes&lean=production",
				"/api/roles/astronaut",
				"/api/compare?roles=" + catalogue.roles().stream().map(Role::slug).collect(Collectors.joining(","))));
		for (Role role : catalogue.roles()) {
			addresses.add("/api/roles/" + role.slug());
			addresses.add("/api/roles/" + role.slug() + "/alternatives");
		}
		for (RolePair pair : catalogue.pairs()) {
			addresses.add("/api/compare?roles=" + pair.first().slug() + "," + pair.second().slug());
		}
		catalogue.skills().stream().map(Skill::slug).forEach(slug -> addresses.add("/api/skills/" + slug));
		catalogue.tools().stream().map(Tool::slug).forEach(slug -> addresses.add("/api/tools/" + slug));
		return addresses;
	}

	/**
	 * The application in a JVM of its own, from the main classes and libraries only, on a
	 * free port.
	 */
	private static Process startAnotherInstance() throws Exception {
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
				ToolkitAtlasApplication.class.getName(), "--server.port=0", "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.start();
	}

	private static void drain(BufferedReader output) {
		try {
			while (output.readLine() != null) {
				// Only kept flowing, so the instance never blocks on a full pipe.
			}
		}
		catch (java.io.IOException closed) {
			// The instance has stopped.
		}
	}

	/** Reads the instance's output until it says its port, then keeps draining it. */
	private static int portOf(Process process) throws Exception {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
			List<String> seen = new ArrayList<>();
			try {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					Matcher started = STARTED.matcher(line);
					if (started.find()) {
						Thread drain = new Thread(() -> drain(output));
						drain.setDaemon(true);
						drain.start();
						return Integer.parseInt(started.group(1));
					}
					seen.add(line);
				}
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			throw new IllegalStateException("The second instance stopped:\n" + String.join("\n", seen));
		});
		return port.get(120, TimeUnit.SECONDS);
	}

}
