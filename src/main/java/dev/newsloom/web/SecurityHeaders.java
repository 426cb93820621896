package dev.newsloom.web;

import io.javalin.http.Context;

/**
 * The site loads nothing from third parties except publishers' images, which the policy allows
 * and the templates load lazily without a referrer.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy",
                "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }
}
