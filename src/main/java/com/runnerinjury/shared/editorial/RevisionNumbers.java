package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.problem.ContentNotFoundException;

/** Revision numbers in paths: a number that is not one names no revision. */
public final class RevisionNumbers {

    private RevisionNumbers() {
    }

    public static int parse(String raw) {
        try {
            int number = Integer.parseInt(raw);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // not a revision number: reported below
        }
        throw new ContentNotFoundException("No revision has the number '" + raw + "'.");
    }
}
