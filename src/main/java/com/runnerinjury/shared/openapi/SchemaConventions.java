package com.runnerinjury.shared.openapi;

import com.runnerinjury.shared.paging.SortOrder;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Shapes the schemas so that clients generated from the spec get precise types: dates inline as strings with a
 * format rather than {@code LocalDate} and {@code Instant} models; null allowed on exactly the properties that may
 * hold it, never on the schema they reference; every enumeration saying that it may grow; readable member names for
 * the sort orders; a description on every page envelope. It runs again when the application starts, because smallrye
 * reads the built document back before serving it and would turn the null alternatives into {@code allOf} with
 * {@code nullable} again; so {@code /q/openapi} and the built {@code target/openapi} agree.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class SchemaConventions implements OASFilter {

    private static final String ENUM_MAY_GROW = "Later versions may add values: treat one you do not know as unknown, "
            + "not as an error.";
    private static final String SCHEMAS = "#/components/schemas/";
    /** How smallrye names {@code Page<T>}, and with it every page envelope. */
    private static final String PAGE = "Page";
    private static final List<SchemaType> SCALARS = List.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, Schema> scalars = schemas.entrySet().stream()
                .filter(entry -> isScalarAlias(entry.getValue()))
                .collect(Collectors.toMap(entry -> SCHEMAS + entry.getKey(), Map.Entry::getValue));
        SchemaTree.forEach(openAPI, schema -> {
            inlineScalar(schema, scalars);
            allowNullHereOnly(schema, schemas);
        });
        scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(SCHEMAS.length())));
        schemas.values().stream().filter(schema -> schema.getEnumeration() != null)
                .forEach(SchemaConventions::sayItMayGrow);
        nameMembers(schemas.get(SortOrder.class.getSimpleName()));
        describePages(schemas);
    }

    private static void describePages(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            String item = name.startsWith(PAGE) ? name.substring(PAGE.length()) : "";
            if (schemas.containsKey(item) && schema.getDescription() == null) {
                schema.setDescription("One page of `" + item + "` items, and where it sits in the whole list.");
            }
        });
    }

    private static void sayItMayGrow(Schema enumeration) {
        String description = enumeration.getDescription();
        if (description == null || !description.endsWith(ENUM_MAY_GROW)) {
            enumeration.setDescription(description == null ? ENUM_MAY_GROW : description + " " + ENUM_MAY_GROW);
        }
    }

    /** A component that only renames a string or number with a format, as smallrye writes {@code LocalDate}. */
    private static boolean isScalarAlias(Schema schema) {
        return schema.getFormat() != null && schema.getEnumeration() == null && schema.getProperties() == null
                && schema.getType() != null && !schema.getType().isEmpty()
                && SCALARS.contains(schema.getType().get(0));
    }

    /** A property referring to a scalar alias gets the alias' type and format itself. */
    private static void inlineScalar(Schema schema, Map<String, Schema> scalars) {
        Schema alias = scalars.get(referenced(schema));
        if (alias == null) {
            return;
        }
        boolean nullable = isNullable(schema);
        schema.setRef(null);
        schema.setAllOf(null);
        schema.setAnyOf(null);
        schema.setType(withoutNull(alias.getType()));
        if (nullable) {
            schema.addType(SchemaType.NULL);
        }
        schema.setFormat(alias.getFormat());
        if (schema.getExample() == null) {
            schema.setExample(alias.getExample());
        }
    }

    /**
     * A nullable use of a component becomes {@code anyOf: [the component, a null of its type]}. OpenAPI 3.0.3 lets
     * the referenced schema's own type forbid null under {@code allOf} with {@code nullable}, so validators reject
     * the null; making the component itself nullable would make every other use of it nullable too. Client
     * generators read this {@code anyOf} as "the component, or null".
     */
    private static void allowNullHereOnly(Schema schema, Map<String, Schema> schemas) {
        String ref = referenced(schema);
        if (ref == null || schema.getRef() != null || !isNullable(schema)) {
            return;
        }
        Schema component = ref.startsWith(SCHEMAS) ? schemas.get(ref.substring(SCHEMAS.length())) : null;
        if (component == null) {
            return;
        }
        List<SchemaType> type = new ArrayList<>(withoutNull(
                component.getType() == null ? List.of(SchemaType.OBJECT) : component.getType()));
        type.add(SchemaType.NULL);
        Schema onlyNull = OASFactory.createSchema().type(type).enumeration(Collections.singletonList(null));
        schema.setType(null);
        schema.setAllOf(null);
        schema.setAnyOf(List.of(OASFactory.createSchema().ref(ref), onlyNull));
    }

    /** The component a schema stands for: its own reference, or the single one smallrye wraps in allOf or anyOf. */
    private static String referenced(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        List<Schema> wrapped = Stream.of(schema.getAllOf(), schema.getAnyOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .filter(part -> !isNullBranch(part))
                .toList();
        return wrapped.size() == 1 && schema.getOneOf() == null ? wrapped.get(0).getRef() : null;
    }

    private static boolean isNullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(SchemaConventions::isNullBranch);
    }

    /**
     * The null alternative of an anyOf: smallrye's own {@code type: null}, or one of those written here, which
     * smallrye reads back at run time without its {@code enum: [null]}.
     */
    private static boolean isNullBranch(Schema part) {
        return part.getRef() == null && part.getProperties() == null && part.getType() != null
                && part.getType().contains(SchemaType.NULL);
    }

    private static List<SchemaType> withoutNull(List<SchemaType> type) {
        return type.stream().filter(t -> t != SchemaType.NULL).toList();
    }

    /**
     * Generated clients name enum members after their values, which makes {@code Name} and {@code Name2} of
     * {@code name} and {@code -name}; the sort orders take their members' names from the Java constants instead.
     */
    private static void nameMembers(Schema sortOrder) {
        if (sortOrder == null) {
            return;
        }
        sortOrder.addExtension("x-enum-varnames", Arrays.stream(SortOrder.values())
                .map(order -> pascalCase(order.name())).toList());
        sortOrder.addExtension("x-enum-descriptions", Arrays.stream(SortOrder.values())
                .map(SortOrder::description).toList());
    }

    private static String pascalCase(String constant) {
        return Arrays.stream(constant.split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase())
                .collect(Collectors.joining());
    }
}
