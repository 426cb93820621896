package dev.newsloom.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills %NAME placeholders in one pass, so inserted text is never itself searched for placeholders. */
final class Layout {
    private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Z]+)");

    private Layout() {}

    static String fill(String template, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put(namesAndValues[i], namesAndValues[i + 1]);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("no value for %" + m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
