package com.runnerinjury.search;

import java.util.List;

/** A content item prepared for matching: its analysed fields, each with the weight a match in it carries. */
record SearchDocument(SearchType type, String slug, String name, String snippet, List<Field> fields) {

    /** Analysed terms of one field and how much a match there counts, 1 being the name. */
    record Field(double weight, List<String> terms) {
    }
}
