package com.toolkitatlas.operations;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes}, read into fabric8's typed model
 * of the Kubernetes API: each is a kind and API version the model knows (current stable
 * versions only), every field is one the API defines, with the type it defines, and
 * everything they point at exists. Then, against the running application configured as
 * the Deployment configures it (the actuator on a port of its own): its ports are the
 * ones the application listens on, its probes answer there, and every setting it passes
 * is one the application reads.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@Import(Site.class)
class KubernetesManifestsTest {

	private static final Path MANIFESTS = Path.of("deploy", "kubernetes");

	/** The API versions of the kinds used, as served by every supported Kubernetes. */
	private static final Map<Class<?>, String> STABLE = Map.of(Deployment.class, "apps/v1", Service.class, "v1",
			HorizontalPodAutoscaler.class, "autoscaling/v2", PodDisruptionBudget.class, "policy/v1", Secret.class,
			"v1");

	/** Settings the JVM reads, not the application. */
	private static final Set<String> JVM_ENVIRONMENT = Set.of("JAVA_TOOL_OPTIONS");

	/**
	 * Strict about types: text where the API wants a number or a flag is refused, as the
	 * API server refuses it.
	 */
	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final List<Manifest> manifests = new ArrayList<>();

	@Autowired
	Site site;

	@Value("${local.management.port}")
	int managementPort;

	@BeforeAll
	static void read() throws IOException {
		try (Stream<Path> files = Files.walk(MANIFESTS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
				try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class)
					.readValues(Files.readString(file))) {
					for (JsonNode document : documents.readAll()) {
						manifests
							.add(new Manifest(file, document, YAML.treeToValue(document, KubernetesResource.class)));
					}
				}
			}
		}
	}

	@Test
	void everyManifestIsAStableKindTheModelKnows() {
		assertThat(manifests).extracting(manifest -> manifest.resource().getClass().getSimpleName())
			.containsExactlyInAnyOrder("HorizontalPodAutoscaler", "Deployment", "PodDisruptionBudget", "Secret",
					"Service");
		for (Manifest manifest : manifests) {
			HasMetadata resource = (HasMetadata) manifest.resource();
			assertThat(resource.getApiVersion()).as(manifest.file().toString())
				.isEqualTo(STABLE.get(resource.getClass()));
			assertThat(resource.getMetadata().getName()).as(manifest.file().toString()).isNotBlank();
		}
	}

	/**
	 * fabric8 keeps a field its model does not define aside instead of refusing it; here
	 * such a field, a misspelt one for instance, is an error. A value of the wrong type
	 * (text where the API wants a number) already fails to read.
	 */
	@Test
	void everyFieldIsOneTheKubernetesApiDefines() {
		for (Manifest manifest : manifests) {
			assertThat(unknownFields(manifest.resource())).as(manifest.file().toString()).isEmpty();
		}
	}

	/** The checks above, shown a manifest with the mistakes they are there to catch. */
	@Test
	void theChecksFindAMisspeltFieldAndAWrongType() {
		String misspelt = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: x
				spec:
				  template:
				    spec:
				      containers:
				        - name: x
				          image: x:1
				          readinesProbe:
				            httpGet:
				              path: /actuator/health/readiness
				              port: 8081
				""";
		assertThat(unknownFields(YAML.readValue(misspelt, KubernetesResource.class)))
			.containsExactly(".spec.template.spec.containers[0].readinesProbe");

		String wrongType = misspelt.replace("readinesProbe", "readinessProbe")
			.replace("port: 8081", "port: 8081")
			.replace("spec:\n  template", "spec:\n  replicas: two\n  template");
		assertThatThrownBy(() -> YAML.readValue(wrongType, KubernetesResource.class))
			.isInstanceOf(JacksonException.class);
		assertThatThrownBy(() -> YAML.readValue(wrongType.replace("two", "\"2\""), KubernetesResource.class))
			.as("a number given as text")
			.isInstanceOf(JacksonException.class);
	}

	private static List<String> unknownFields(Object resource) {
		List<String> unknown = new ArrayList<>();
		collectUnknownFields(resource, "", unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
		return unknown;
	}

	@Test
	void theModelReadsBackEveryFieldOfTheFiles() {
		JsonMapper json = JsonMapper.builder().build();
		for (Manifest manifest : manifests) {
			JsonNode written = json.valueToTree(manifest.resource());
			assertThat(leaves(written, "")).as(manifest.file().toString()).containsAll(leaves(manifest.document(), ""));
		}
	}

	@Test
	void everythingTheManifestsPointAtExists() {
		Deployment deployment = only(Deployment.class);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

		Service service = only(Service.class);
		assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
		Container container = pod.getContainers().get(0);
		for (ServicePort port : service.getSpec().getPorts()) {
			assertThat(containerPort(container, port.getTargetPort())).as("Service port %s", port.getName())
				.isNotNull();
		}

		HorizontalPodAutoscaler autoscaler = only(HorizontalPodAutoscaler.class);
		assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);

		PodDisruptionBudget budget = only(PodDisruptionBudget.class);
		assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
		assertThat(budget.getSpec().getMinAvailable().getIntVal()).isLessThan(autoscaler.getSpec().getMinReplicas());

		Secret secret = only(Secret.class);
		List<SecretKeySelector> references = container.getEnv()
			.stream()
			.filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
			.map(env -> env.getValueFrom().getSecretKeyRef())
			.toList();
		assertThat(references).extracting(SecretKeySelector::getName).containsOnly(secret.getMetadata().getName());
		assertThat(secret.getStringData().keySet())
			.containsExactlyInAnyOrderElementsOf(references.stream().map(SecretKeySelector::getKey).toList());
	}

	@Test
	void theDeploymentRunsAsTheOperationsGuideSays() {
		Deployment deployment = only(Deployment.class);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container container = pod.getContainers().get(0);

		assertThat(container.getImage()).doesNotEndWith(":latest").contains(":");
		assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
		assertThat(container.getVolumeMounts()).extracting(VolumeMount::getMountPath).contains("/tmp");
		assertThat(pod.getVolumes()).anyMatch(volume -> volume.getEmptyDir() != null);

		int preStop = container.getLifecycle().getPreStop().getSleep().getSeconds().intValue();
		int drain = seconds(environment(container, "ATLAS_SHUTDOWN_DRAIN"));
		assertThat(preStop).isPositive();
		assertThat(drain).isPositive();
		assertThat(pod.getTerminationGracePeriodSeconds()).as("pre-stop, drain and 20 s of graceful shutdown")
			.isGreaterThanOrEqualTo(preStop + drain + 20L);
	}

	@Test
	void thePortsAndProbesAreOnesTheApplicationServes() {
		Container container = only(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
		int http = containerPort(container, new IntOrString("http")).getContainerPort();
		int management = containerPort(container, new IntOrString("management")).getContainerPort();
		assertThat(Integer.parseInt(environment(container, "SERVER_PORT"))).isEqualTo(http);
		assertThat(Integer.parseInt(environment(container, "MANAGEMENT_SERVER_PORT"))).isEqualTo(management);

		for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
				container.getReadinessProbe())) {
			HTTPGetAction get = probe.getHttpGet();
			assertThat(containerPort(container, get.getPort()).getContainerPort()).as(get.getPath())
				.isEqualTo(management);
			Page answer = RawHttp.get(managementPort, get.getPath(), "");
			assertThat(answer.status()).as(get.getPath()).isEqualTo(200);
			assertThat(answer.body()).as(get.getPath()).contains("\"status\":\"UP\"");
			assertThat(RawHttp.get(site.port(), get.getPath(), "").status()).as("not on the site's port")
				.isEqualTo(404);
		}
		Map<String, String> annotations = only(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations();
		assertThat(Integer.parseInt(annotations.get("prometheus.io/port"))).isEqualTo(management);
		assertThat(RawHttp.get(managementPort, annotations.get("prometheus.io/path"), "").body())
			.contains("atlas_page_cache_requests_total");
		assertThat(site.get("/").status()).isEqualTo(200);
	}

	@Test
	void everySettingTheDeploymentPassesIsOneTheApplicationReads() throws IOException {
		Set<String> known = knownProperties();
		Container container = only(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
		for (EnvVar variable : container.getEnv()) {
			if (!JVM_ENVIRONMENT.contains(variable.getName())) {
				assertThat(known).as(variable.getName()).contains(relaxed(variable.getName()));
			}
		}
	}

	/**
	 * Every property of the application's own configuration and of the configuration
	 * metadata on the class path (Spring Boot's and the application's), in the relaxed
	 * form environment variables bind to.
	 */
	static Set<String> knownProperties() throws IOException {
		Set<String> known = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (Resource metadata : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
			try (InputStream in = metadata.getInputStream()) {
				json.readTree(in)
					.path("properties")
					.forEach(property -> known.add(relaxed(property.path("name").asString())));
			}
		}
		YAMLMapper yaml = YAMLMapper.builder().build();
		for (String file : List.of("application.yaml", "application-postgres.yaml")) {
			try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:" + file)
				.getInputStream()) {
				leaves(yaml.readTree(in), "").forEach(leaf -> known.add(relaxed(leaf.substring(0, leaf.indexOf('=')))));
			}
		}
		return known;
	}

	/**
	 * A property name as an environment variable binds to it: Spring reads
	 * {@code ATLAS_PUBLIC_URL} or {@code ATLAS_PUBLICURL} for {@code atlas.public-url}.
	 */
	static String relaxed(String name) {
		return name.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT);
	}

	private static int seconds(String duration) {
		assertThat(duration).matches("[0-9]+s");
		return Integer.parseInt(duration.substring(0, duration.length() - 1));
	}

	private static String environment(Container container, String name) {
		return container.getEnv()
			.stream()
			.filter(env -> env.getName().equals(name))
			.map(EnvVar::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name));
	}

	private static ContainerPort containerPort(Container container, IntOrString port) {
		return container.getPorts()
			.stream()
			.filter(candidate -> port.getIntVal() != null ? candidate.getContainerPort().equals(port.getIntVal())
					: candidate.getName().equals(port.getStrVal()))
			.findFirst()
			.orElse(null);
	}

	private static <T> T only(Class<T> kind) {
		List<T> found = manifests.stream().map(Manifest::resource).filter(kind::isInstance).map(kind::cast).toList();
		assertThat(found).as(kind.getSimpleName()).hasSize(1);
		return found.get(0);
	}

	/** Every scalar of a document as {@code path=value}. */
	private static List<String> leaves(JsonNode node, String path) {
		List<String> leaves = new ArrayList<>();
		if (node.isObject()) {
			node.properties()
				.forEach(field -> leaves
					.addAll(leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey())));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				leaves.addAll(leaves(node.get(i), path + "[" + i + "]"));
			}
		}
		else if (!node.isNull()) {
			leaves.add(path + "=" + node.asString());
		}
		return leaves;
	}

	/** Walks the model's getters and collects every field kept aside as unknown. */
	private static void collectUnknownFields(Object value, String path, List<String> unknown, Set<Object> seen) {
		if (value == null || !seen.add(value)) {
			return;
		}
		if (value instanceof Collection<?> collection) {
			int i = 0;
			for (Object element : collection) {
				collectUnknownFields(element, path + "[" + i++ + "]", unknown, seen);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> collectUnknownFields(element, path + "." + key, unknown, seen));
			return;
		}
		if (!value.getClass().getPackageName().startsWith("io.fabric8")) {
			return;
		}
		try {
			for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
				Method getter = property.getReadMethod();
				if (getter == null || getter.getParameterCount() > 0 || property.getName().equals("class")) {
					continue;
				}
				Object child = getter.invoke(value);
				if (property.getName().equals("additionalProperties")) {
					if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
						extra.keySet().forEach(key -> unknown.add(path + "." + key));
					}
				}
				else {
					collectUnknownFields(child, path + "." + property.getName(), unknown, seen);
				}
			}
		}
		catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Manifest(Path file, JsonNode document, KubernetesResource resource) {
	}

}
