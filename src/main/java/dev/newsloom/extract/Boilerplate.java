package dev.newsloom.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence that markup or a line of text is the publisher's furniture rather than the article:
 * class and id names, and the wording of promos, share bars and notices. Generic patterns only;
 * nothing here names a publisher.
 */
final class Boilerplate {
    /** Class or id tokens of furniture. Matched per token, so "story-share" is furniture and "article-body" is not. */
    private static final Pattern NEGATIVE_TOKEN = Pattern.compile(
            "(?i).*(share|sharing|social|related|promo|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|comment|"
                    + "advert|sponsor|sidebar|\\brail\\b|breadcrumb|footer|masthead|topbar|navbar|\\bnav\\b|menu|byline|"
                    + "author-bio|authorbio|bio-box|tag-list|taglist|\\btags\\b|recommend|read-more|readmore|more-stories|"
                    + "popular|trending|outbrain|taboola|paywall|modal|popup|overlay|toolbar|print-|skip-|widget|"
                    + "disclaimer|copyright|caption|kicker|\\bmeta\\b|story-meta|article-meta|dateline-box|"
                    + "(^|[-_])ads?([-_]|$)|(^|[-_])ad-|inline-ad|ad-slot|adslot|dfp|\\blogo\\b).*");
    private static final Pattern POSITIVE_TOKEN = Pattern.compile(
            "(?i).*(article|body|content|entry|main|post|story|text|prose|copy|column|blog|news).*");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "(?i)(article|story|entry|post|news)[-_]?(body|content|text|copy)|(body|main)[-_]?(text|content|copy)|articlebody|"
                    + "article-?content|storycontent|post-?content|entry-?content");

    private static final Pattern PROMO = Pattern.compile("(?i)("
            + "join (our|the|us on)?.{0,40}(telegram|whatsapp|signal|discord|viber) channel|"
            + "(telegram|whatsapp) channel (and|to) get|"
            + "sign up (for|to) (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}(newsletter|channel|podcast)|"
            + "get the (latest|morning|evening|daily) (news|briefing|headlines).{0,60}(inbox|delivered)|"
            + "follow us on (facebook|twitter|x|instagram|tiktok|linkedin|youtube)|"
            + "download (our|the) app|"
            + "^share (this|the) (article|story|page)|^share on |^copy link$|^(advertisement|advertising|sponsored( content)?)$|"
            + "^(read|see) (more|also)\\s*[:>»]|^related( articles| stories| coverage)?\\s*:|^more (on|from) this|"
            + "^click here|all rights reserved|^©|^copyright \\d|we use cookies|accept (all )?cookies|by clicking .{0,20}accept|"
            + "^show (all )?comments|comments are (moderated|closed)|^log ?in to comment|"
            + "^(subscribe|sign in|log in|register) to (read|continue)|^this (article|story|content) is (for|only available to) subscribers"
            + ")");

    private Boilerplate() {}

    /** Furniture by its class or id, unless it is named as the article's body. */
    static boolean isFurniture(String classAndId) {
        if (classAndId == null || classAndId.isBlank()) return false;
        boolean negative = false;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (STRONG_POSITIVE.matcher(token).find()) return false;
            if (NEGATIVE_TOKEN.matcher(token).matches()) negative = true;
        }
        return negative;
    }

    /** +1 for names that suggest article text, -1 for furniture, 0 otherwise. */
    static int classWeight(String classAndId) {
        if (classAndId == null || classAndId.isBlank()) return 0;
        int w = 0;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (STRONG_POSITIVE.matcher(token).find()) return 2;
            if (NEGATIVE_TOKEN.matcher(token).matches()) w = Math.min(w, -1);
            else if (POSITIVE_TOKEN.matcher(token).matches()) w = Math.max(w, 1);
        }
        return w;
    }

    static boolean isPromoLine(String text) {
        return text.length() < 400 && PROMO.matcher(text.strip()).find();
    }
}
