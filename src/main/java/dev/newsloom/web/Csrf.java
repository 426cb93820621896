package dev.newsloom.web;

import dev.newsloom.community.Session;
import dev.newsloom.community.Tokens;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens. A signed-in browser's token lives in its session. Before sign-in (the sign-up and
 * sign-in forms) the browser gets a random cookie and the form carries an HMAC of it under a key
 * only this process knows, so a cookie planted from elsewhere cannot be matched by a forged form.
 * Every state-changing request must send the token as the form field {@code _csrf} or the
 * header {@code X-CSRF-Token}.
 */
final class Csrf {
    static final String FIELD = "_csrf", HEADER = "X-CSRF-Token", ANON_COOKIE = "nl_csrf";
    private final byte[] key = new byte[32];

    Csrf() {
        new SecureRandom().nextBytes(key);
    }

    /** The token for a form shown to a signed-out visitor; sets the cookie it is bound to when needed. */
    String anonymousToken(Context ctx) {
        String seed = Tokens.wellFormed(ctx.cookie(ANON_COOKIE));
        if (seed == null) {
            seed = Tokens.random();
            Cookie c = new Cookie(ANON_COOKIE, seed);
            c.setPath("/");
            c.setHttpOnly(true);
            c.setSecure(ClientAddress.https(ctx));
            c.setSameSite(SameSite.LAX);
            c.setMaxAge(-1);
            ctx.cookie(c);
        }
        return sign(seed);
    }

    /** True when the request carries the right token for its session, or for its anonymous cookie. */
    boolean valid(Context ctx, Session session) {
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) sent = ctx.formParam(FIELD);
        if (sent == null) return false;
        if (session != null) return Tokens.same(sent, session.csrfToken());
        String seed = Tokens.wellFormed(ctx.cookie(ANON_COOKIE));
        return seed != null && Tokens.same(sent, sign(seed));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private String sign(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
