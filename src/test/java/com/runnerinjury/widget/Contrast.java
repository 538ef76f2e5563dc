package com.runnerinjury.widget;

/** The WCAG 2.2 contrast ratio of two sRGB colours written {@code #rrggbb}. */
final class Contrast {

    private Contrast() {
    }

    static double ratio(String foreground, String background) {
        double first = luminance(foreground);
        double second = luminance(background);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String colour) {
        return 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
    }

    private static double channel(String colour, int offset) {
        double value = Integer.parseInt(colour.substring(offset, offset + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
