package dev.newsloom.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence that markup or a line of text is the publisher's furniture rather than the article:
 * class and id names, and the wording of promos, share bars and notices. Generic patterns only;
 * nothing here names a publisher.
 */
final class Boilerplate {
    /** Words that make a class or id token furniture wherever they occur in it ("story-share", "sidebar-left"). */
    private static final String[] NEGATIVE_SUBSTRINGS = {"share", "sharing", "social", "related", "promo", "newsletter",
            "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "comment", "advert", "sponsor", "sidebar",
            "breadcrumb", "footer", "masthead", "topbar", "navbar", "menu", "byline", "author-bio", "authorbio", "bio-box",
            "tag-list", "taglist", "recommend", "read-more", "readmore", "more-stories", "popular", "trending", "outbrain",
            "taboola", "paywall", "modal", "popup", "overlay", "toolbar", "print-", "skip-", "widget", "disclaimer",
            "copyright", "caption", "kicker", "story-meta", "article-meta", "inline-ad", "ad-slot", "adslot", "dfp"};
    /**
     * Of those, the words page builders also put on the blocks that hold the article ("elementor-widget",
     * "widget-span", "content-nav-section", "skip-item"): weak evidence, outweighed when the block reads as prose.
     */
    private static final String[] WEAK_SUBSTRINGS = {"widget", "menu", "modal", "popup", "overlay", "toolbar", "skip-",
            "print-", "kicker", "caption", "masthead", "topbar"};
    /** Words that make a token furniture only as a whole part of it ("nav", "main-nav", but not "canvas"). */
    private static final java.util.Set<String> NEGATIVE_PARTS = java.util.Set.of("rail", "nav", "tags", "meta", "logo", "ad", "ads");
    private static final Pattern POSITIVE_TOKEN = Pattern.compile(
            "(article|body|content|entry|main|post|story|text|prose|copy|column|blog|news)");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "(article|story|entry|post|news)[-_]?(body|content|text|copy)|(body|main)[-_]?(text|content|copy)|articlebody|"
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

    /** The heading of what follows an article on its page: recommendations, sign-ups, comments. */
    private static final Pattern TAIL_HEADING = Pattern.compile("(?i)^("
            + "(you (may|might) (also )?(like|enjoy)|recommended( for you)?( reading| articles| stories| posts)?|"
            + "(read|see|watch) (this )?next|up next|what to read next|(related|similar|popular|trending|latest|recent|more|other|top)"
            + " (articles?|stories|posts|news|reads|reading|content|guides|coverage|videos|blogs?)( on this topic| for you| from .{1,40})?|"
            + "related|more from .{1,40}|more (on|about) (this|the) (topic|story)|all reads on this topic|keep reading|"
            + "(popular|trending) (now|today|this week)|most (read|popular|viewed)|"
            + "(leave|post|add|write) a (reply|comment)|\\d* ?comments?|join the (conversation|discussion)|"
            + "(subscribe|sign up) (to|for) .{0,50}|get (our|the) .{0,30}newsletter|share (this|the) (article|story|post)|"
            + "about the authors?|tags?|filed under|topics?)"
            + "[\\s:.!?]*)$");

    private Boilerplate() {}

    /**
     * Drops the end of the page that the article container often still holds: from a heading such
     * as "Related articles" or "Leave a reply" in the second half of the blocks to the end.
     */
    static java.util.List<String> cutTail(java.util.List<String> blocks) {
        for (int i = Math.max(1, blocks.size() / 2); i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (b.length() <= 60 && TAIL_HEADING.matcher(b.strip()).matches()) return blocks.subList(0, i);
        }
        return blocks;
    }

    /** Furniture by its class or id, unless it is named as the article's body. */
    private static final java.util.Map<String, Boolean> FURNITURE = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isFurniture(String classAndId) {
        if (classAndId == null || classAndId.isBlank()) return false;
        Boolean cached = FURNITURE.get(classAndId);
        if (cached != null) return cached;
        boolean furniture = furniture(classAndId);
        if (FURNITURE.size() > 50_000) FURNITURE.clear(); // class names repeat across a site; bound the memory anyway
        FURNITURE.put(classAndId, furniture);
        return furniture;
    }

    /** Furniture only by weak words ({@link #WEAK_SUBSTRINGS}, the "nav"/"meta"/"tags" parts). */
    static boolean isWeakFurniture(String classAndId) {
        if (!isFurniture(classAndId)) return false;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (strongNegativeToken(token)) return false;
        }
        return true;
    }

    private static boolean strongNegativeToken(String token) {
        for (String n : NEGATIVE_SUBSTRINGS) {
            if (token.contains(n) && !isWeak(n, token)) return true;
        }
        for (String part : token.split("[-_]")) if (part.equals("ad") || part.equals("ads") || part.equals("rail")) return true;
        return false;
    }

    private static boolean isWeak(String word, String token) {
        for (String w : WEAK_SUBSTRINGS) if (w.equals(word)) return true;
        return false;
    }

    private static boolean furniture(String classAndId) {
        boolean negative = false;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (STRONG_POSITIVE.matcher(token).find()) return false;
            if (negativeToken(token)) negative = true;
        }
        return negative;
    }

    /** +1 for names that suggest article text, -1 for furniture, 0 otherwise. */
    static int classWeight(String classAndId) {
        if (classAndId == null || classAndId.isBlank()) return 0;
        int w = 0;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (STRONG_POSITIVE.matcher(token).find()) return 2;
            if (negativeToken(token)) w = Math.min(w, -1);
            else if (POSITIVE_TOKEN.matcher(token).find()) w = Math.max(w, 1);
        }
        return w;
    }

    private static final String[] PROMO_WORDS = {"telegram", "whatsapp", "signal", "discord", "viber", "newsletter",
            "subscri", "inbox", "follow us", "app", "share", "copy link", "advert", "sponsor", "read", "see ", "related",
            "more ", "click", "rights", "©", "copyright", "cookie", "accept", "comment", "log", "sign", "register"};

    private static boolean negativeToken(String token) {
        for (String n : NEGATIVE_SUBSTRINGS) if (token.contains(n)) return true;
        for (String part : token.split("[-_]")) if (NEGATIVE_PARTS.contains(part)) return true;
        return false;
    }

    static boolean isPromoLine(String text) {
        if (text.length() >= 400) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        boolean candidate = false;
        for (String w : PROMO_WORDS) {
            if (lower.contains(w)) {
                candidate = true;
                break;
            }
        }
        return candidate && PROMO.matcher(text.strip()).find();
    }
}
