package dev.nnplay.app.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's text, from the {@code messages} bundle of the default locale (English as fallback). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.nnplay.app.ui.messages",
            Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key}; the key itself when the bundle lacks it, so a gap is visible, not fatal. */
    /** The language the texts are in: Simplified Chinese or English. */
    public static Locale locale() {
        return BUNDLE.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : BUNDLE.getLocale();
    }

    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {@code args} put in its {@code {0}}, {@code {1}}... */
    public static String format(String key, Object... args) {
        return MessageFormat.format(get(key), args);
    }
}
