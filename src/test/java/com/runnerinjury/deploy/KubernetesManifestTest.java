package com.runnerinjury.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.runnerinjury.deploy.Manifests.Image;
import com.runnerinjury.deploy.Manifests.Kustomization;
import com.runnerinjury.deploy.Manifests.Manifest;
import com.runnerinjury.deploy.Manifests.Patch;
import com.runnerinjury.support.ManagementInterface;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Checks the manifests under k8s/ and the container image against what the running application serves and needs. */
@QuarkusTest
class KubernetesManifestTest {

    private static final Path BASE = Manifests.ROOT.resolve("base");
    private static final Path POSTGRES = Manifests.ROOT.resolve(Path.of("overlays", "postgres"));
    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");

    private static final String APP = "runner-injury-api";
    private static final Map<String, String> APP_LABELS = Map.of("app.kubernetes.io/name", APP);
    private static final String CONFIG_MAP = "runner-injury-api-config";
    private static final String MANAGEMENT = "management";
    private static final Map<String, String> MONITORING = Map.of("kubernetes.io/metadata.name", "monitoring");
    private static final long NON_ROOT_USER = 185;
    private static final Pattern SLEEP = Pattern.compile("sleep (\\d+)");
    private static final Pattern JDK_VERSION = Pattern.compile("(?:jdk|jre)-?(\\d+)");

    private static Manifests manifests;

    @BeforeAll
    static void readManifests() throws IOException {
        manifests = Manifests.load();
    }

    @Test
    void everyManifestParsesIntoItsTypedModel() {
        assertEquals(List.of(), manifests.problems(), "manifests under k8s/ that do not parse strictly");
        assertFalse(manifests.resources().isEmpty(), "no Kubernetes resources under k8s/");
        assertEquals(Set.of(BASE, POSTGRES), manifests.kustomizations().keySet(), "kustomization directories");
    }

    @Test
    void kustomizationsReferenceExistingFilesAndEveryFileIsUsed() {
        List<String> broken = new ArrayList<>();
        Set<Path> referenced = new TreeSet<>();
        manifests.kustomizations().forEach((dir, kustomization) -> {
            for (String resource : kustomization.resources()) {
                Path path = dir.resolve(resource).normalize();
                referenced.add(path);
                if (Files.isDirectory(path) ? !Files.isRegularFile(path.resolve(Manifests.KUSTOMIZATION))
                        : !Files.isRegularFile(path)) {
                    broken.add(dir + " resource " + resource);
                }
            }
            for (Patch patch : kustomization.patches()) {
                if (patch.path() == null) {
                    continue;
                }
                Path path = dir.resolve(patch.path()).normalize();
                referenced.add(path);
                if (!Files.isRegularFile(path)) {
                    broken.add(dir + " patch " + patch.path());
                }
            }
        });
        assertEquals(List.of(), broken, "kustomizations reference files or bases that do not exist");

        List<Path> unused = manifests.resources().stream().map(Manifest::path)
                .filter(path -> !referenced.contains(path.normalize())).toList();
        assertEquals(List.of(), unused, "manifests that no kustomization applies");
    }

    @Test
    void baseIsNamespaceFreeAndLabelsEveryResource() {
        Kustomization base = manifests.kustomizations().get(BASE);
        assertNotNull(base, "no " + BASE.resolve(Manifests.KUSTOMIZATION));
        assertNull(base.namespace(), "the base must not pick a namespace");
        assertTrue(base.labels().stream().anyMatch(label -> APP_LABELS.equals(label.pairs())),
                "the base must label every resource " + APP_LABELS);
        for (Manifest manifest : manifests.resources()) {
            assertNull(manifest.resource().getMetadata().getNamespace(), manifest.path() + " names a namespace");
        }
    }

    @Test
    void deploymentRunsAtLeastTwoReplicasOfTheH2Image() {
        Deployment deployment = deployment();
        Integer replicas = deployment.getSpec().getReplicas();
        assertTrue(replicas != null && replicas >= 2, "replicas must be at least 2, is " + replicas);
        assertEquals(APP_LABELS, deployment.getSpec().getSelector().getMatchLabels(), "Deployment selector");
        assertLabelled(deployment.getSpec().getTemplate().getMetadata().getLabels(), "pod template");
        assertEquals(APP + ":1.0.0", container().getImage(), "the base runs the H2 image");
    }

    @Test
    void probesUseHealthEndpointsTheApplicationServes() {
        Container container = container();
        assertProbe("startupProbe", container.getStartupProbe(), "/q/health/started");
        assertProbe("readinessProbe", container.getReadinessProbe(), "/q/health/ready");
        assertProbe("livenessProbe", container.getLivenessProbe(), "/q/health/live");

        // The first start creates and loads the database, so give it a minute before liveness takes over.
        Probe startup = container.getStartupProbe();
        int budget = Objects.requireNonNullElse(startup.getPeriodSeconds(), 10)
                * Objects.requireNonNullElse(startup.getFailureThreshold(), 3);
        assertTrue(budget >= 60, "startupProbe allows only " + budget + " s for the first start");
        Integer livenessFailures = container.getLivenessProbe().getFailureThreshold();
        assertTrue(livenessFailures == null || livenessFailures >= 3,
                "livenessProbe restarts after " + livenessFailures + " failure(s)");
    }

    @Test
    void containerPortsAreThePortsTheApplicationListensOn() {
        Container container = container();
        assertEquals(productionHttpPort(), httpPort(container).getContainerPort(),
                "the container port named http must be the quarkus.http.port the application is configured with");
        assertEquals(true, production().getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false),
                "health and metrics must be on the management interface, off the public port");
        assertEquals(productionManagementPort(), managementPort(container).getContainerPort(),
                "the container port named management must be the quarkus.management.port of the application");
    }

    @Test
    void probesUseTheManagementPort() {
        Container container = container();
        for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(),
                container.getLivenessProbe())) {
            assertEquals(new IntOrString(MANAGEMENT), probe.getHttpGet().getPort(),
                    "probes must use the container port named management");
        }
    }

    @Test
    void podAnnouncesTheMetricsTheApplicationServesForScraping() {
        Map<String, String> annotations = deployment().getSpec().getTemplate().getMetadata().getAnnotations();
        assertNotNull(annotations, "the pod template has no annotations");
        assertEquals("true", annotations.get("prometheus.io/scrape"), "prometheus.io/scrape");
        assertEquals(String.valueOf(managementPort(container()).getContainerPort()),
                annotations.get("prometheus.io/port"), "prometheus.io/port must be the management port");
        String path = annotations.get("prometheus.io/path");
        assertEquals(200, ManagementInterface.given().when().get(path).then().extract().statusCode(),
                "prometheus.io/path " + path + " is not served on the management interface");
    }

    @Test
    void containerRequestsCpuAndMemoryAndLimitsMemory() {
        ResourceRequirements resources = container().getResources();
        assertNotNull(resources, "no resources");
        Map<String, Quantity> requests = Objects.requireNonNullElse(resources.getRequests(), Map.of());
        Map<String, Quantity> limits = Objects.requireNonNullElse(resources.getLimits(), Map.of());
        assertNotNull(requests.get("cpu"), "no cpu request (the HPA measures utilisation against it)");
        assertNotNull(requests.get("memory"), "no memory request");
        assertNotNull(limits.get("memory"), "no memory limit");
        Quantity limit = limits.get("memory");
        assertTrue(limit.getNumericalAmount().compareTo(requests.get("memory").getNumericalAmount()) >= 0,
                "memory limit below the request");
    }

    @Test
    void terminationGraceOutlastsPreStopSleepAndShutdownTimeout() {
        Duration shutdown = production().getOptionalValue("quarkus.shutdown.timeout", Duration.class)
                .orElseThrow(() -> new AssertionError("quarkus.shutdown.timeout is not configured"));
        long preStop = preStopSleepSeconds(container());
        Long grace = pod().getTerminationGracePeriodSeconds();
        assertNotNull(grace, "terminationGracePeriodSeconds is not set");
        assertTrue(grace > preStop + shutdown.toSeconds(), "terminationGracePeriodSeconds " + grace
                + " must exceed the preStop sleep (" + preStop + " s) plus quarkus.shutdown.timeout ("
                + shutdown.toSeconds() + " s)");
    }

    @Test
    void podMeetsTheRestrictedPodSecurityStandard() {
        PodSpec pod = pod();
        PodSecurityContext podContext = pod.getSecurityContext();
        SecurityContext context = container().getSecurityContext();
        assertNotNull(podContext, "no pod securityContext");
        assertNotNull(context, "no container securityContext");
        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(true, podContext.getRunAsNonRoot(), "pod runAsNonRoot"),
                () -> assertEquals(NON_ROOT_USER, podContext.getRunAsUser(), "pod runAsUser"),
                () -> assertEquals("RuntimeDefault", seccomp(podContext.getSeccompProfile()), "pod seccompProfile"),
                () -> assertEquals(true, context.getRunAsNonRoot(), "container runAsNonRoot"),
                () -> assertEquals(NON_ROOT_USER, context.getRunAsUser(), "container runAsUser"),
                () -> assertEquals("RuntimeDefault", seccomp(context.getSeccompProfile()), "container seccompProfile"),
                () -> assertEquals(false, context.getAllowPrivilegeEscalation(), "allowPrivilegeEscalation"),
                () -> assertNotEquals(true, context.getPrivileged(), "privileged"),
                () -> assertEquals(true, context.getReadOnlyRootFilesystem(), "readOnlyRootFilesystem"),
                () -> assertNotNull(context.getCapabilities(), "no capabilities"),
                () -> assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), "capabilities drop"),
                () -> assertEquals(List.of(), Objects.requireNonNullElse(context.getCapabilities().getAdd(), List.of()),
                        "capabilities add"),
                () -> assertNotEquals(true, pod.getHostNetwork(), "hostNetwork"),
                () -> assertNotEquals(true, pod.getHostPID(), "hostPID"),
                () -> assertNotEquals(true, pod.getHostIPC(), "hostIPC"),
                () -> assertEquals(false, pod.getAutomountServiceAccountToken(), "automountServiceAccountToken")));
        for (Volume volume : pod.getVolumes()) {
            checks.add(() -> assertNull(volume.getHostPath(), "hostPath volume " + volume.getName()));
        }
        assertAll("restricted Pod Security Standard", checks);
    }

    @Test
    void writablePathsAreEmptyDirVolumes() {
        Map<String, Volume> volumes = pod().getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
        Map<String, String> mounts = container().getVolumeMounts().stream()
                .collect(Collectors.toMap(m -> m.getMountPath(), m -> m.getName()));
        // /tmp for the JVM; /deployments/data for the H2 file, as run-java.sh starts the JVM in /deployments.
        for (String path : List.of("/tmp", "/deployments/data")) {
            assertTrue(mounts.containsKey(path), "nothing mounted at " + path + " on the read-only root filesystem");
            Volume volume = volumes.get(mounts.get(path));
            assertTrue(volume != null && volume.getEmptyDir() != null, path + " must be an emptyDir volume");
        }
    }

    @Test
    void configMapCarriesTheApplicationSettings() {
        ConfigMap configMap = one(BASE, ConfigMap.class, CONFIG_MAP);
        assertEquals(Map.of("RUNNER_INJURY_HTTP_CACHE_MAX_AGE", "300", "RUNNER_INJURY_SEARCH_REFRESH_INTERVAL", "PT1M",
                "QUARKUS_LOG_LEVEL", "INFO", "RUNNER_INJURY_EDITORIAL_WRITES_ENABLED", "false",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.0.0.0/8"), configMap.getData());
        assertTrue(container().getEnvFrom().stream()
                .anyMatch(source -> source.getConfigMapRef() != null
                        && CONFIG_MAP.equals(source.getConfigMapRef().getName())),
                "the container must take its environment from " + CONFIG_MAP);
    }

    @Test
    void environmentVariablesNameSettingsTheApplicationReads() {
        Set<String> known = StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                .map(name -> name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        manifests.resources().stream().map(Manifest::resource).filter(ConfigMap.class::isInstance)
                .forEach(configMap -> names.addAll(((ConfigMap) configMap).getData().keySet()));
        deployments(POSTGRES).forEach(patch -> names.addAll(env(patch).stream().map(EnvVar::getName).toList()));
        List<String> unknown = names.stream().filter(name -> !known.contains(name)).toList();
        assertEquals(List.of(), unknown, "environment variables that map to no setting of the application");
    }

    @Test
    void serviceRoutesPortEightyToTheHttpContainerPort() {
        Service service = one(BASE, Service.class, APP);
        String type = service.getSpec().getType();
        assertTrue(type == null || type.equals("ClusterIP"), "Service type " + type);
        assertEquals(APP_LABELS, service.getSpec().getSelector(), "Service selector");
        List<ServicePort> ports = service.getSpec().getPorts();
        assertEquals(1, ports.size(), "Service ports: the management port must stay off the Service");
        assertEquals(80, ports.get(0).getPort());
        assertEquals(new IntOrString("http"), ports.get(0).getTargetPort());
    }

    @Test
    void autoscalerScalesTheDeploymentOnCpuFromTwoToSix() {
        HorizontalPodAutoscaler hpa = one(BASE, HorizontalPodAutoscaler.class, APP);
        assertEquals("autoscaling/v2", hpa.getApiVersion());
        var target = hpa.getSpec().getScaleTargetRef();
        assertEquals(List.of("apps/v1", "Deployment", deployment().getMetadata().getName()),
                List.of(target.getApiVersion(), target.getKind(), target.getName()), "scaleTargetRef");
        assertEquals(2, hpa.getSpec().getMinReplicas(), "minReplicas");
        assertEquals(6, hpa.getSpec().getMaxReplicas(), "maxReplicas");
        List<MetricSpec> metrics = Objects.requireNonNullElse(hpa.getSpec().getMetrics(), List.of());
        assertTrue(metrics.stream().anyMatch(metric -> metric.getResource() != null
                && "cpu".equals(metric.getResource().getName())
                && "Utilization".equals(metric.getResource().getTarget().getType())
                && metric.getResource().getTarget().getAverageUtilization() != null),
                "the HPA must scale on CPU utilisation");
    }

    @Test
    void disruptionBudgetKeepsOnePodAvailable() {
        PodDisruptionBudget pdb = one(BASE, PodDisruptionBudget.class, APP);
        assertEquals(new IntOrString(1), pdb.getSpec().getMinAvailable(), "minAvailable");
        assertEquals(APP_LABELS, pdb.getSpec().getSelector().getMatchLabels(), "PodDisruptionBudget selector");
    }

    @Test
    void defaultDenyPolicyBlocksAllTrafficInTheNamespace() {
        List<NetworkPolicy> denyAll = manifests.in(BASE, NetworkPolicy.class).stream()
                .filter(policy -> selectsAllPods(policy.getSpec().getPodSelector())).toList();
        assertEquals(1, denyAll.size(), "one NetworkPolicy with podSelector {} in the base");
        var spec = denyAll.get(0).getSpec();
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(spec.getPolicyTypes()), "default-deny policyTypes");
        assertTrue(spec.getIngress().isEmpty() && spec.getEgress().isEmpty(), "default-deny must have no rules");
    }

    @Test
    void appPolicyAdmitsHttpFromAnyoneMetricsFromMonitoringAndOnlyDnsOut() {
        List<NetworkPolicy> policies = appPolicies(BASE);
        assertFalse(policies.isEmpty(), "no NetworkPolicy selects the app's pods in the base");
        assertTrue(policies.stream()
                .anyMatch(policy -> policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))),
                "the app policy must govern Ingress and Egress");
        List<NetworkPolicyIngressRule> ingress = rules(policies, spec -> spec.getIngress());
        List<NetworkPolicyEgressRule> egress = rules(policies, spec -> spec.getEgress());
        String http = httpPort(container()).getContainerPort() + "/TCP";
        String management = managementPort(container()).getContainerPort() + "/TCP";
        List<NetworkPolicyIngressRule> fromAnyone = ingress.stream()
                .filter(rule -> rule.getFrom() == null || rule.getFrom().isEmpty()).toList();
        List<NetworkPolicyIngressRule> fromSome = ingress.stream()
                .filter(rule -> rule.getFrom() != null && !rule.getFrom().isEmpty()).toList();
        assertEquals(Set.of(http), ports(fromAnyone.stream().map(NetworkPolicyIngressRule::getPorts).toList()),
                "ingress from anyone must admit the HTTP port only");
        assertEquals(Set.of(management), ports(fromSome.stream().map(NetworkPolicyIngressRule::getPorts).toList()),
                "ingress from chosen peers must admit the management port only");
        assertTrue(
                fromSome.stream().flatMap(rule -> rule.getFrom().stream())
                        .allMatch(peer -> peer.getPodSelector() == null && peer.getIpBlock() == null
                                && peer.getNamespaceSelector() != null
                                && MONITORING.equals(peer.getNamespaceSelector().getMatchLabels())),
                "only the namespace " + MONITORING + " may reach the management port");
        assertEquals(Set.of("53/UDP", "53/TCP"), ports(egress.stream().map(NetworkPolicyEgressRule::getPorts).toList()),
                "egress in the base must reach DNS only");
    }

    @Test
    void postgresOverlayRunsThePostgresImage() {
        Kustomization overlay = manifests.kustomizations().get(POSTGRES);
        assertNotNull(overlay, "no " + POSTGRES.resolve(Manifests.KUSTOMIZATION));
        assertTrue(overlay.resources().stream().anyMatch(r -> POSTGRES.resolve(r).normalize().equals(BASE)),
                "the overlay must build on the base");
        String baseImage = container().getImage().split(":")[0];
        Image image = overlay.images().stream().filter(i -> baseImage.equals(i.name())).findFirst()
                .orElseThrow(() -> new AssertionError("the overlay sets no image for " + baseImage));
        assertEquals("1.0.0-postgres", image.newTag(), "PostgreSQL image tag");
    }

    @Test
    void onlyTheSharedDatabaseOfThePostgresOverlayTakesWrites() {
        assertEquals("false", one(BASE, ConfigMap.class, CONFIG_MAP).getData()
                .get("RUNNER_INJURY_EDITORIAL_WRITES_ENABLED"), "base replicas each keep their own H2 database");
        ConfigMap patch = one(POSTGRES, ConfigMap.class, CONFIG_MAP);
        assertEquals("true", patch.getData().get("RUNNER_INJURY_EDITORIAL_WRITES_ENABLED"));
        assertTrue(patch.getData().getOrDefault("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "").startsWith("https://"),
                "the overlay verifies editors' tokens with the identity provider's keys");
    }

    @Test
    void postgresOverlayConnectsWithThePasswordFromTheSecret() {
        ConfigMap patch = one(POSTGRES, ConfigMap.class, CONFIG_MAP);
        String url = patch.getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url != null && url.startsWith("jdbc:postgresql://"), "QUARKUS_DATASOURCE_JDBC_URL " + url);
        assertFalse(patch.getData().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "").isBlank(), "no username");
        assertFalse(patch.getData().containsKey("QUARKUS_DATASOURCE_PASSWORD"), "the password belongs in a Secret");

        EnvVar password = deployments(POSTGRES).stream().flatMap(d -> env(d).stream())
                .filter(env -> env.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst()
                .orElseThrow(() -> new AssertionError("the overlay does not set QUARKUS_DATASOURCE_PASSWORD"));
        SecretKeySelector secret = password.getValueFrom() == null ? null : password.getValueFrom().getSecretKeyRef();
        assertNotNull(secret, "QUARKUS_DATASOURCE_PASSWORD must come from a secretKeyRef");
        assertEquals(List.of("runner-injury-db", "password"), List.of(secret.getName(), secret.getKey()),
                "secretKeyRef name and key");
        assertTrue(manifests.resources().stream().noneMatch(m -> m.resource().getKind().equals("Secret")),
                "Secrets must not be committed");

        // A strategic-merge patch must name the same Deployment and container, or it adds a second one.
        for (Deployment deployment : deployments(POSTGRES)) {
            assertEquals(deployment().getMetadata().getName(), deployment.getMetadata().getName());
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertEquals(container().getName(), container.getName(), "patched container name");
            }
        }
        Set<String> patches = manifests.kustomizations().get(POSTGRES).patches().stream().map(Patch::path)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> partials = manifests.resources().stream()
                .filter(m -> POSTGRES.equals(m.path().getParent())
                        && (m.resource() instanceof ConfigMap || m.resource() instanceof Deployment))
                .map(m -> m.path().getFileName().toString()).toList();
        assertTrue(patches.containsAll(partials), "the overlay's " + partials + " must be listed under patches");
    }

    @Test
    void postgresOverlayAdmitsEgressToPostgres() {
        List<NetworkPolicyEgressRule> egress = rules(appPolicies(POSTGRES), spec -> spec.getEgress());
        assertTrue(ports(egress.stream().map(NetworkPolicyEgressRule::getPorts).toList()).contains("5432/TCP"),
                "the overlay must admit egress to PostgreSQL on 5432/TCP");
    }

    @Test
    void imageRunsOnJdk21OrLaterAsTheNonRootUserOfThePod() throws IOException {
        List<String> instructions = dockerInstructions();
        String from = last(instructions, "FROM").split("\\s+")[0];
        Matcher jdk = JDK_VERSION.matcher(from);
        assertTrue(jdk.find(), "the runtime image " + from + " names no JDK version");
        assertTrue(Integer.parseInt(jdk.group(1)) >= 21, "the runtime image " + from + " is older than JDK 21");

        String user = last(instructions, "USER");
        assertFalse(user.equals("0") || user.startsWith("root") || user.startsWith("0:"), "USER " + user + " is root");
        assertEquals(String.valueOf(NON_ROOT_USER), user, "USER must be the pod's runAsUser");

        Set<String> exposed = instructions.stream().filter(i -> i.toUpperCase().startsWith("EXPOSE "))
                .flatMap(i -> Arrays.stream(i.substring("EXPOSE ".length()).trim().split("\\s+")))
                .collect(Collectors.toSet());
        assertEquals(Set.of(String.valueOf(productionHttpPort()), String.valueOf(productionManagementPort())), exposed,
                "the image must EXPOSE the HTTP and management ports");
        assertTrue(instructions.stream().anyMatch(i -> i.replace("\"", "")
                .equals("ENV JAVA_APP_JAR=/deployments/quarkus-run.jar")), "JAVA_APP_JAR");
    }

    private static void assertProbe(String name, Probe probe, String path) {
        assertNotNull(probe, "no " + name);
        assertNotNull(probe.getHttpGet(), name + " must be an httpGet probe");
        String probed = probe.getHttpGet().getPath();
        int status = ManagementInterface.given().when().get(probed).then().extract().statusCode();
        assertEquals(200, status, name + " path " + probed + " is not served on the management interface");
        assertEquals(path, probed, name + " path");
    }

    private static void assertLabelled(Map<String, String> labels, String what) {
        assertNotNull(labels, what + " has no labels");
        assertTrue(labels.entrySet().containsAll(APP_LABELS.entrySet()), what + " labels " + labels);
    }

    /**
     * The configuration a pod of the base runs with: application.properties in the prod profile, plus the
     * ConfigMap as its environment. The test's own config will not do, as Quarkus sets quarkus.http.port to the
     * random port the tests run on.
     */
    private static Config production() {
        URL properties = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().withProfile("prod").addDiscoveredConverters()
                    .withSources(new PropertiesConfigSource(properties, 250),
                            new EnvConfigSource(one(BASE, ConfigMap.class, CONFIG_MAP).getData(), 300))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int productionHttpPort() {
        return production().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
    }

    private static int productionManagementPort() {
        return production().getOptionalValue("quarkus.management.port", Integer.class).orElse(9000);
    }

    private static Deployment deployment() {
        return one(BASE, Deployment.class, APP);
    }

    private static PodSpec pod() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    private static Container container() {
        return pod().getContainers().stream().filter(c -> c.getName().equals(APP)).findFirst()
                .orElseThrow(() -> new AssertionError("the Deployment has no container named " + APP));
    }

    private static ContainerPort httpPort(Container container) {
        return namedPort(container, "http");
    }

    private static ContainerPort managementPort(Container container) {
        return namedPort(container, MANAGEMENT);
    }

    private static ContainerPort namedPort(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    private static long preStopSleepSeconds(Container container) {
        LifecycleHandler preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
        assertNotNull(preStop, "no lifecycle.preStop");
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        assertNotNull(preStop.getExec(), "preStop must exec a sleep");
        Matcher sleep = SLEEP.matcher(String.join(" ", preStop.getExec().getCommand()));
        assertTrue(sleep.find(), "preStop does not sleep: " + preStop.getExec().getCommand());
        return Long.parseLong(sleep.group(1));
    }

    private static List<Deployment> deployments(Path dir) {
        return manifests.in(dir, Deployment.class);
    }

    private static List<EnvVar> env(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(c -> c.getEnv().stream()).toList();
    }

    private static <T extends HasMetadata> T one(Path dir, Class<T> type, String name) {
        return manifests.in(dir, type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in " + dir));
    }

    private static List<NetworkPolicy> appPolicies(Path dir) {
        return manifests.in(dir, NetworkPolicy.class).stream()
                .filter(policy -> APP_LABELS.equals(policy.getSpec().getPodSelector().getMatchLabels())).toList();
    }

    private static <R> List<R> rules(List<NetworkPolicy> policies,
            Function<NetworkPolicySpec, List<R>> rules) {
        return policies.stream().flatMap(p -> rules.apply(p.getSpec()).stream()).toList();
    }

    /** "port/protocol" of each rule; a rule without ports admits every port, shown as "*". */
    private static Set<String> ports(List<List<NetworkPolicyPort>> rules) {
        Set<String> ports = new TreeSet<>();
        for (List<NetworkPolicyPort> rule : rules) {
            if (rule == null || rule.isEmpty()) {
                ports.add("*");
                continue;
            }
            for (NetworkPolicyPort port : rule) {
                IntOrString number = port.getPort();
                String value = number == null ? "*"
                        : number.getIntVal() != null ? number.getIntVal().toString()
                                : namedPort(container(), number.getStrVal()).getContainerPort().toString();
                ports.add(value + "/" + Objects.requireNonNullElse(port.getProtocol(), "TCP"));
            }
        }
        return ports;
    }

    private static boolean selectsAllPods(LabelSelector selector) {
        return selector == null || (Objects.requireNonNullElse(selector.getMatchLabels(), Map.of()).isEmpty()
                && Objects.requireNonNullElse(selector.getMatchExpressions(), List.of()).isEmpty());
    }

    private static String seccomp(SeccompProfile profile) {
        return profile == null ? null : profile.getType();
    }

    /** Dockerfile instructions, one per line, with comments dropped and continuation lines joined. */
    private static List<String> dockerInstructions() throws IOException {
        String joined = Files.readString(DOCKERFILE).lines()
                .filter(line -> !line.stripLeading().startsWith("#"))
                .collect(Collectors.joining("\n"))
                .replaceAll("\\\\\\n\\s*", " ");
        return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String last(List<String> instructions, String keyword) {
        return instructions.stream().filter(i -> i.toUpperCase().startsWith(keyword + " "))
                .reduce((first, second) -> second).map(i -> i.substring(keyword.length()).strip())
                .orElseGet(() -> fail("the Dockerfile has no " + keyword));
    }
}
