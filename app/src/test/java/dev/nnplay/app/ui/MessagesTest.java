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
