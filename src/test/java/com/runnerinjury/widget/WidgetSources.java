package com.runnerinjury.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The widget files as they are in the repository, served under {@code /widget/}. */
final class WidgetSources {

    static final Path DIRECTORY = Path.of("src", "main", "resources", "META-INF", "resources", "widget");

    private WidgetSources() {
    }

    static Stream<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
