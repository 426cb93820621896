package dev.newsloom.demo;

/** Escaping for hand-written HTML, XML and JSON. */
final class Html {
    private Html() {}

    /** Text content: only the characters that would change the markup are escaped. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A JSON string literal, safe inside a script element too. */
    static String json(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
