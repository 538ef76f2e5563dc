package com.runnerinjury.shared.content;

/** Editorial state of a content item; public reads see {@link #PUBLISHED} only. */
public enum ContentStatus implements WireValue {

    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String wireValue;

    ContentStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<ContentStatus> {

        public Converter() {
            super(ContentStatus.class);
        }
    }
}
