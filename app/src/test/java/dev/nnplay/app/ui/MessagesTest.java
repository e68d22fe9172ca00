package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Chinese bundle: chosen for zh_CN, and every text keeps the placeholders of the English one. */
class MessagesTest {
    private static final String NAME = "dev.nnplay.app.ui.messages";
    private static final Pattern HOLES = Pattern.compile("\\{\\d}|%[.\\d]*[sdf%]");

    @Test
    void chineseIsChosenForChinaAndKeepsEveryPlaceholder() {
        ResourceBundle en = ResourceBundle.getBundle(NAME, Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle(NAME, Locale.SIMPLIFIED_CHINESE);
        assertEquals("神经网络游乐场", zh.getString("app.title"));
        assertEquals("NN Playground", en.getString("app.title"));
        for (String key : en.keySet()) {
            assertEquals(holes(en.getString(key)), holes(zh.getString(key)), key);
            if (zh.getString(key).contains("{0}")) {
                assertTrue(MessageFormat.format(zh.getString(key), 7).contains("7"), key);
            }
        }
    }

    /**
     * Both files read as they are, without {@code ResourceBundle}'s fallback (which would answer a key
     * the Chinese file lacks in English): each key of one is in the other, with a text of its own.
     */
    @Test
    void everyKeyIsInBothLanguages() throws Exception {
        java.util.Properties en = load("messages.properties");
        java.util.Properties zh = load("messages_zh_CN.properties");
        java.util.TreeSet<String> missingInZh = new java.util.TreeSet<>(en.stringPropertyNames());
        missingInZh.removeAll(zh.stringPropertyNames());
        java.util.TreeSet<String> missingInEn = new java.util.TreeSet<>(zh.stringPropertyNames());
        missingInEn.removeAll(en.stringPropertyNames());
        assertEquals(java.util.Set.of(), missingInZh, "keys without a Simplified Chinese text");
        assertEquals(java.util.Set.of(), missingInEn, "keys without an English text");
        for (String key : zh.stringPropertyNames()) {
            assertTrue(!zh.getProperty(key).isBlank(), "empty Chinese text for " + key);
        }
    }

    /** Every kind of engine notice is put into words in both languages, its figures all used. */
    @Test
    void everyEngineNoticeHasItsWordsInBothLanguages() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            java.util.Properties p = load(file);
            for (dev.nnplay.engine.train.Notice.Kind k : dev.nnplay.engine.train.Notice.Kind.values()) {
                String key = switch (k) {
                    case NONE, TEXT -> null;
                    case DIVERGED -> "notice.engine.diverged";
                    case EPOCH_LIMIT -> "notice.engine.epochs";
                    case FAILED -> "notice.engine.failed";
                };
                if (key != null) {
                    assertTrue(p.containsKey(key), file + " lacks " + key);
                }
            }
            assertTrue(p.containsKey("notice.engine.nonfinite.NaN") && p.containsKey("notice.engine.nonfinite.infinite"),
                    file);
            assertEquals(List.of("{0}", "{1}", "{2}"), holes(p.getProperty("notice.engine.diverged")), file);
        }
    }

    private static java.util.Properties load(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/dev/nnplay/app/ui/" + name)) {
            assertTrue(in != null, name + " is missing");
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> holes(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = HOLES.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }
}
