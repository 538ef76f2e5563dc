package com.runnerinjury.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.runnerinjury.shared.content.WireValue;
import io.quarkus.panache.common.Sort;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of the sort orders' wire values and the Panache sorts they become. */
class SortOrderTest {

    @Test
    void spellsTheOrdersOnTheWireAsTheContractSays() {
        assertEquals(List.of("name", "-name", "updatedAt", "-updatedAt"),
                Arrays.stream(SortOrder.values()).map(SortOrder::wireValue).toList());
        assertEquals("name, -name, updatedAt, -updatedAt", WireValue.allOf(SortOrder.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"name, NAME", "-name, NAME_DESCENDING", "updatedAt, UPDATED_AT", "-updatedAt, UPDATED_AT_DESCENDING"})
    void parsesEachWireValue(String wire, SortOrder order) {
        assertEquals(Optional.of(order), WireValue.parse(SortOrder.class, wire));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Name", "updated_at", "+name", "-", "''"})
    void parsesNothingElse(String wire) {
        assertEquals(Optional.empty(), WireValue.parse(SortOrder.class, wire));
    }

    @Test
    void sortsByNameThenKeyAscending() {
        assertEquals(List.of("c.title Ascending", "c.id Ascending"),
                columns(SortOrder.NAME.toSort("c", "title", "id")));
    }

    @Test
    void sortsByNameThenKeyDescendingForMinusName() {
        assertEquals(List.of("c.name Descending", "c.slug Descending"),
                columns(SortOrder.NAME_DESCENDING.toSort("c", "name", "slug")));
    }

    @Test
    void sortsByUpdatedAtThenKeyWhateverTheNameField() {
        assertEquals(List.of("s.updatedAt Ascending", "s.slug Ascending"),
                columns(SortOrder.UPDATED_AT.toSort("s", "name", "slug")));
        assertEquals(List.of("s.updatedAt Descending", "s.id Descending"),
                columns(SortOrder.UPDATED_AT_DESCENDING.toSort("s", "statement", "id")));
    }

    private static List<String> columns(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + " " + c.getDirection()).toList();
    }
}
