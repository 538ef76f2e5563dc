package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.content.WireValueConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a change looks from outside: publishing counts as created, archiving and deleting as deleted. */
@Schema(name = "ChangeKind", description = "How the published content changed. Publishing an item counts as "
        + "`created`, publishing a new version of it or reviewing it as `updated`, archiving or deleting it as "
        + "`deleted`. New values may be added.")
public enum PublicChange implements WireValue {

    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String wireValue;

    PublicChange(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<PublicChange> {

        public Converter() {
            super(PublicChange.class);
        }
    }
}
