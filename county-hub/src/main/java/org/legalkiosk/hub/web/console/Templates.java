package org.legalkiosk.hub.web.console;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the precompiled templates (compiled by jte's Maven plugin into {@code org.legalkiosk.hub.web.templates}). */
public final class Templates {

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.legalkiosk.hub.web.templates");

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8 * 1024);
        engine.render(template, params, out);
        return out.toString();
    }
}
