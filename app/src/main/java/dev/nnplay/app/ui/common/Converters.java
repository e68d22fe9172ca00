package dev.nnplay.app.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** StringConverters from two functions. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> of(Function<T, String> toText, Function<String, T> fromText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : toText.apply(t);
            }

            @Override
            public T fromString(String s) {
                return fromText.apply(s);
            }
        };
    }
}
