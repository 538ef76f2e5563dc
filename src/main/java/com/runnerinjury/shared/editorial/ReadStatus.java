package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.content.WireValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which version of content a read asks for: the public's, or (for editors) drafts or everything. */
@Schema(name = "ReadStatus", description = "`published` (the default) is the public's content; `draft` and `all` "
        + "are for editors and publishers: `draft` an item's pending draft, or the item if it is a draft; `all` "
        + "the item as it will be once published, in any status.")
public enum ReadStatus implements WireValue {

    PUBLISHED("published"),
    DRAFT("draft"),
    ALL("all");

    private final String wireValue;

    ReadStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
