package com.runnerinjury.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every YAML file under {@code k8s/}, read strictly: resources into fabric8 models, kustomizations into records. */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final String KUSTOMIZATION = "kustomization.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization(strictMapper(), true);

    /** A Kubernetes resource and the file it came from. */
    record Manifest(Path path, HasMetadata resource) {
    }

    /** The fields of a kustomization.yaml that this project uses; any other field fails the parse. */
    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
            List<Label> labels, List<Image> images, List<Patch> patches) {

        Kustomization {
            resources = Objects.requireNonNullElse(resources, List.of());
            labels = Objects.requireNonNullElse(labels, List.of());
            images = Objects.requireNonNullElse(images, List.of());
            patches = Objects.requireNonNullElse(patches, List.of());
        }
    }

    /** A kustomize {@code labels} entry. */
    record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }

    /** A kustomize {@code images} entry. */
    record Image(String name, String newName, String newTag, String digest) {
    }

    /** A kustomize {@code patches} entry: a file or an inline patch, optionally with a target. */
    record Patch(String path, String patch, Map<String, String> target) {
    }

    private final List<Manifest> resources = new ArrayList<>();
    private final Map<Path, Kustomization> kustomizations = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    private Manifests() {
    }

    static Manifests load() throws IOException {
        var manifests = new Manifests();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Manifests::isYaml).sorted().forEach(manifests::read);
        }
        return manifests;
    }

    List<Manifest> resources() {
        return resources;
    }

    Map<Path, Kustomization> kustomizations() {
        return kustomizations;
    }

    /** One line per file that does not parse, or parses without apiVersion, kind or metadata.name. */
    List<String> problems() {
        return problems;
    }

    <T extends HasMetadata> List<T> in(Path dir, Class<T> type) {
        return resources.stream()
                .filter(m -> dir.equals(m.path().getParent()) && type.isInstance(m.resource()))
                .map(m -> type.cast(m.resource()))
                .toList();
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private void read(Path file) {
        try {
            String text = Files.readString(file);
            List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
            if (documents.size() != 1) {
                problems.add(file + ": holds " + documents.size() + " YAML documents, keep one per file");
            } else if (file.getFileName().toString().equals(KUSTOMIZATION)) {
                readKustomization(file, documents.get(0));
            } else {
                readResource(file, documents.get(0), text);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    private void readKustomization(Path file, JsonNode tree) throws IOException {
        Kustomization kustomization = YAML.treeToValue(tree, Kustomization.class);
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.apiVersion())
                || !"Kustomization".equals(kustomization.kind())) {
            problems.add(file + ": needs apiVersion kustomize.config.k8s.io/v1beta1 and kind Kustomization");
        }
        kustomizations.put(file.getParent(), kustomization);
    }

    private void readResource(Path file, JsonNode tree, String text) {
        String apiVersion = tree.path("apiVersion").asText("");
        String kind = tree.path("kind").asText("");
        if (apiVersion.isBlank() || kind.isBlank() || tree.path("metadata").path("name").asText("").isBlank()) {
            problems.add(file + ": needs apiVersion, kind and metadata.name");
            return;
        }
        Class<? extends KubernetesResource> type = KUBERNETES.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            problems.add(file + ": fabric8 has no typed model for " + apiVersion + " " + kind);
            return;
        }
        resources.add(new Manifest(file, (HasMetadata) KUBERNETES.unmarshal(text, type)));
    }

    /**
     * fabric8's models keep unknown fields in an "additional properties" map instead of rejecting them, so a
     * misspelt field such as {@code readOnlyRootFileSystem} would pass silently. Dropping that any-setter makes
     * Jackson fail on it; refusing scalar coercions rejects the unquoted numbers and booleans in string fields
     * (ConfigMap data, env values) that the API server rejects too.
     */
    private static ObjectMapper strictMapper() {
        var mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {

            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                return builder;
            }
        }));
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
