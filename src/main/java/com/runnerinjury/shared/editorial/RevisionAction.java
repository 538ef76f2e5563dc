package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.content.WireValueConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor or publisher did to an item in one revision. */
@Schema(name = "RevisionAction", description = "What the change did to the item.")
public enum RevisionAction implements WireValue {

    CREATED("created"),
    UPDATED("updated"),
    PUBLISHED("published"),
    ARCHIVED("archived"),
    REVIEWED("reviewed"),
    DRAFT_DISCARDED("draft-discarded"),
    DELETED("deleted");

    private final String wireValue;

    RevisionAction(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<RevisionAction> {

        public Converter() {
            super(RevisionAction.class);
        }
    }
}
