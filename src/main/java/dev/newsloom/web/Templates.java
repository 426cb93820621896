package dev.newsloom.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the precompiled jte templates; nothing is compiled at run time. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    String render(String template, String param, Object value) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of(param, value), out);
        return out.toString();
    }
}
