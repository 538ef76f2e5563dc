package com.runnerinjury.shared.paging;

import com.runnerinjury.shared.content.WireValue;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The orders a list can be sorted in; every sort ends on the item's key so pages never overlap. */
@Schema(description = "Sort order: by name or by last update; a leading `-` sorts descending.",
        defaultValue = SortOrder.DEFAULT_WIRE_VALUE)
public enum SortOrder implements WireValue {

    NAME(SortOrder.DEFAULT_WIRE_VALUE, "By name, A to Z."),
    NAME_DESCENDING("-name", "By name, Z to A."),
    UPDATED_AT("updatedAt", "Least recently updated first."),
    UPDATED_AT_DESCENDING("-updatedAt", "Most recently updated first.");

    /** The default order, spelled as a constant because the OpenAPI annotations documenting it need one. */
    public static final String DEFAULT_WIRE_VALUE = "name";
    public static final SortOrder DEFAULT = NAME;

    private final String wireValue;
    private final String description;

    SortOrder(String wireValue, String description) {
        this.wireValue = wireValue;
        this.description = description;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** What the order is, in a few words, for the spec and the clients generated from it. */
    public String description() {
        return description;
    }

    /** The Panache sort over fields of the query root {@code alias}, with the key field as tie-breaker. */
    public Sort toSort(String alias, String nameField, String keyField) {
        Sort.Direction direction = wireValue.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        String field = this == NAME || this == NAME_DESCENDING ? nameField : "updatedAt";
        return Sort.by(alias + "." + field, direction).and(alias + "." + keyField, direction);
    }
}
