package dev.newsloom.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence that markup or a line of text is the publisher's furniture rather than the article:
 * class and id names, and the wording of promos, share bars and notices. Generic patterns only;
 * nothing here names a publisher.
 */
final class Boilerplate {
    /**
     * Words that make a class or id token furniture wherever they occur in it ("story-share", "sidebar-left"); the
     * last ones are footnotes (which readers and the dataset's truth leave out) and the author boxes of the two
     * widespread blog plugins, whose names say neither "author" nor "box" ("saboxplugin-wrap", "abh_box").
     */
    private static final String[] NEGATIVE_SUBSTRINGS = {"share", "sharing", "social", "related", "promo", "newsletter",
            "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "comment", "advert", "sponsor", "sidebar",
            "breadcrumb", "footer", "masthead", "topbar", "navbar", "menu", "byline", "author-bio", "authorbio", "bio-box",
            "tag-list", "taglist", "recommend", "read-more", "readmore", "more-stories", "popular", "trending", "outbrain",
            "taboola", "paywall", "modal", "popup", "overlay", "toolbar", "print-", "skip-", "widget", "disclaimer",
            "copyright", "caption", "kicker", "story-meta", "article-meta", "inline-ad", "ad-slot", "adslot", "dfp", "testimonials", "footnotes", "saboxplugin", "abh_box"};
    /**
     * Of those, the words page builders also put on the blocks that hold the article ("elementor-widget",
     * "widget-span", "content-nav-section", "skip-item"): weak evidence, outweighed when the block reads as prose.
     */
    private static final String[] WEAK_SUBSTRINGS = {"widget", "menu", "modal", "popup", "overlay", "toolbar", "skip-",
            "print-", "kicker", "caption", "masthead", "topbar"};
    private static final Substrings NEGATIVE = new Substrings(NEGATIVE_SUBSTRINGS);
    private static final Substrings STRONG_NEGATIVE = new Substrings(java.util.Arrays.stream(NEGATIVE_SUBSTRINGS)
            .filter(n -> !java.util.List.of(WEAK_SUBSTRINGS).contains(n)).toArray(String[]::new));
    /** Words that make a token furniture only as a whole part of it ("nav", "main-nav", but not "canvas"). */
    private static final java.util.Set<String> NEGATIVE_PARTS = java.util.Set.of("rail", "nav", "tags", "meta", "logo", "ad", "ads",
            "cta", "tweet");
    /** Of those, the strong ones: a call to action ("post-cta", "cta-block") and an embedded post ("twitter-tweet") are never the article. */
    private static final java.util.Set<String> STRONG_PARTS = java.util.Set.of("rail", "ad", "ads", "cta", "tweet");
    private static final Substrings POSITIVE_TOKEN = new Substrings("article", "body", "content", "entry", "main", "post",
            "story", "text", "prose", "copy", "column", "blog", "news");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "(article|story|entry|post|news)[-_]?(body|content|text|copy)|(body|main)[-_]?(text|content|copy)|articlebody|"
                    + "article-?content|storycontent|post-?content|entry-?content");

    /** Promo lines by how they start (matched at the start of the line)... */
    private static final Pattern PROMO_START = Pattern.compile("(?i)("
            + "share (this|the) (article|story|page)|share on |copy link$|(advertisement|advertising|sponsored( content)?)$|"
            + "(read|see) (more|also)\\s*[:>»]|related( articles| stories| coverage)?\\s*:|more (on|from) this|"
            + "click here|©|copyright \\d|"
            + "show (all )?comments|log ?in to comment|"
            + "(subscribe|sign in|log in|register) to (read|continue)|this (article|story|content) is (for|only available to) subscribers|"
            + "thanks? (you )?for (signing up|subscribing)|"
            + "by (signing up|subscribing|submitting|clicking|entering your email)|join [\\d,.]+[k+]* (subscribers|readers|others|people)|"
            + "(be the first to know|never miss a (story|post|thing))\\b|(get|receive) (our|the latest|new) .{0,40}(in|to) your (inbox|phone)|"
            // lone interface words
            + "(search|author|authors|table of contents|contents|in this article|read more|load more|show more|print|email|"
            + "listen to this article|\\d+ min(ute)?s? read|reading time:?.{0,12})$|"
            // the same interface words as a label of what follows or with a count ("In this article:", "3 min. read", "1,693 views")
            + "(in this (article|post)|on this page|table of contents|contents|summarize this (article|post|page)( with)?|jump to( section)?)\\s*:$|"
            + "(on this page|summarize this (article|post|page)( with)?|jump to( section)?)$|"
            + "(read(ing)? time|estimated reading time)\\s*:?\\s*\\d+\\s*min(ute)?s?\\.?$|\\d+\\s*min(ute)?s?\\.?\\s*read$|[\\d,.]+k?\\s*views$"
            + ")");
    /** ... and by what they say anywhere in them. */
    private static final Pattern PROMO_ANYWHERE = Pattern.compile("(?i)("
            + "join (our|the|us on)?.{0,40}(telegram|whatsapp|signal|discord|viber) channel|"
            + "(telegram|whatsapp) channel (and|to) get|"
            + "sign up (for|to) (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}(newsletter|channel|podcast)|"
            + "get the (latest|morning|evening|daily) (news|briefing|headlines).{0,60}(inbox|delivered)|"
            + "follow us on (facebook|twitter|x|instagram|tiktok|linkedin|youtube)|"
            + "download (our|the) app|"
            + "all rights reserved|we use cookies|accept (all )?cookies|by clicking .{0,20}accept|"
            + "comments are (moderated|closed)|"
            // form notices that page builders leave in the article
            + "your submission has been received|something went wrong while submitting"
            + ")");

    /** The heading of what follows an article on its page: recommendations, sign-ups, comments. */
    private static final Pattern TAIL_HEADING = Pattern.compile("(?i)^("
            + "(you (may|might) (also )?(like|enjoy)|recommended( for you)?( reading| articles| stories| posts)?|"
            + "(read|see|watch) (this )?next|up next|what to read next|(related|similar|popular|trending|latest|recent|more|other|top|featured)"
            + " (blog )?(articles?|stories|posts|news|reads|reading|content|guides|coverage|videos|blogs?|insights)"
            + "( on this topic| for you| from .{1,40}|,? (that )?you (may|might) (also )?(like|enjoy)|,? that (may|might) interest you)?|"
            + "(you (may|might) (also )?be interested in|if you (liked|enjoyed) this( post| article| story)?,? you (may|might) also (like|enjoy)|"
            + "(this|these) (may|might) (also )?(be )?interest(ing|s)?( to)? you|explore more( articles| posts| content)?( topics| on)?).{0,40}|"
            + "(previous|next) (article|post|story)|"
            + "related|more from .{1,40}|more (on|about) (this|the) (topic|story)|all reads on this topic|keep reading|"
            + "(popular|trending) (now|today|this week)|most (read|popular|viewed)|"
            + "(leave|post|add|write) a (reply|comment)|\\d* ?comments?|join the (conversation|discussion)|"
            + "(subscribe|sign up) (to|for) .{0,50}|get (our|the) .{0,30}newsletter|share (this|the) (article|story|post)|"
            + "about the authors?|tags?|filed under|topics?|(the |our )?blog|still have (questions|a question)|"
            // a feedback widget ("Was this article helpful?", "How was this issue?") closes the piece
            + "(was|is) (this|the) (article|post|page|guide|issue|newsletter|answer) (useful|helpful)|did you find this (article|post|page|guide) (useful|helpful)|"
            + "how (was|did you like) (this|today's|this week's) (article|post|issue|newsletter|edition)|rate this (article|post|issue|newsletter))"
            + "[\\s:.!?]*)$");

    private Boilerplate() {}

    /**
     * Drops the end of the page that the article container often still holds: from a heading such
     * as "Related articles" or "Leave a reply" in the second half of the blocks to the end.
     */
    static java.util.List<dev.newsloom.model.Block> cutTail(java.util.List<dev.newsloom.model.Block> blocks) {
        int total = 0;
        for (dev.newsloom.model.Block b : blocks) total += b.text().length();
        int before = blocks.isEmpty() ? 0 : blocks.get(0).text().length();
        for (int i = 1; i < blocks.size(); i++) {
            String b = blocks.get(i).text();
            // past the middle of the blocks, or of the text: a long article can be followed by more teasers than it has paragraphs
            // an item of a list is one of several things the text lists ("More blog posts"), not what follows the article
            boolean item = blocks.get(i).kind() == dev.newsloom.model.BlockKind.LIST_ITEM || blocks.get(i).kind() == dev.newsloom.model.BlockKind.NUMBERED_ITEM;
            if ((i >= blocks.size() / 2 || 2 * before >= total || pastFirstThird(b, before, total)) && !item && b.length() <= 60
                    && TAIL_HEADING.matcher(b.strip()).matches()) {
                return blocks.subList(0, i);
            }
            if (isPaywallNotice(b)) return blocks.subList(0, i);
            before += b.length();
        }
        return blocks;
    }

    /**
     * A template's own heading ("Read this next", "More videos") past the first third of the text: a short article is
     * often followed by more teasers than it has words. A heading ending in a colon is the writer's, leading into a list
     * of their own ("More from Cornell on climate change and gardening:"), and ends the article only past the middle.
     */
    private static boolean pastFirstThird(String heading, int before, int total) {
        return 3 * before >= total && !heading.strip().endsWith(":");
    }

    /**
     * What a class-and-id string says, computed once per distinct string: bits 0-1 furniture (0 none,
     * 1 only weak words, 2 strong), bits 2-4 the weight plus 2. Class names repeat across a site
     * and across pages; the cache is bounded anyway.
     */
    private static final java.util.Map<String, Integer> CLASSIFIED = new java.util.concurrent.ConcurrentHashMap<>();

    private static int classify(String classAndId) {
        Integer cached = CLASSIFIED.get(classAndId);
        if (cached != null) return cached;
        boolean negative = false, strongNegative = false, strongPositive = false;
        int w = 0;
        String lower = classAndId.toLowerCase(Locale.ROOT);
        int i = 0, n = lower.length();
        while (i < n && !strongPositive) {
            while (i < n && Character.isWhitespace(lower.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(lower.charAt(i))) i++;
            if (i == start) break;
            int t = token(lower.substring(start, i));
            if ((t & T_STRONG_POSITIVE) != 0) {
                strongPositive = true;
            } else if ((t & T_NEGATIVE) != 0) {
                negative = true;
                if ((t & T_STRONG_NEGATIVE) != 0) strongNegative = true;
                w = Math.min(w, -1);
            } else if (w >= 0 && (t & T_POSITIVE) != 0) {
                w = 1;
            }
        }
        int furniture = strongPositive || !negative ? 0 : strongNegative ? 2 : 1;
        int weight = strongPositive ? 2 : w;
        int code = furniture | ((weight + 2) << 2);
        if (CLASSIFIED.size() > 100_000) CLASSIFIED.clear();
        CLASSIFIED.put(classAndId, code);
        return code;
    }

    private static final int T_STRONG_POSITIVE = 1, T_NEGATIVE = 2, T_STRONG_NEGATIVE = 4, T_POSITIVE = 8;
    private static final java.util.Map<String, Integer> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What one lower-case class token says; tokens repeat across elements and pages far more than whole class strings. */
    private static int token(String token) {
        Integer cached = TOKENS.get(token);
        if (cached != null) return cached;
        int code = 0;
        // layout modifiers ("has-rail-right", "no-sidebar", "with-sidebar", "sidebar-layout") describe the block, not furniture
        if (token.startsWith("has-") || token.startsWith("no-") || token.startsWith("with-") || token.startsWith("without-")
                || token.contains("layout")) {
            TOKENS.put(token, 0);
            return 0;
        }
        boolean maybeStrong = token.contains("body") || token.contains("content") || token.contains("text") || token.contains("copy");
        if (maybeStrong && STRONG_POSITIVE.matcher(token).find()) code |= T_STRONG_POSITIVE;
        if (negativeToken(token) || authorBox(token)) {
            code |= T_NEGATIVE;
            if (strongNegativeToken(token)) code |= T_STRONG_NEGATIVE;
        }
        if (POSITIVE_TOKEN.anyIn(token)) code |= T_POSITIVE;
        if (TOKENS.size() > 200_000) TOKENS.clear();
        TOKENS.put(token, code);
        return code;
    }

    /** The parts of a token between dashes and underscores ("main-nav_left" → main, nav, left). */
    private static boolean hasPart(String token, java.util.Set<String> parts) {
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_') {
                if (i > start && parts.contains(token.substring(start, i))) return true;
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * What the class or id says of a block: 0 not furniture (or named as the article's body), 1
     * furniture by weak words only ({@link #WEAK_SUBSTRINGS}, the "nav"/"meta"/"tags" parts), 2 furniture.
     */
    static int furniture(String classAndId) {
        return classAndId == null || classAndId.isBlank() ? 0 : classify(classAndId) & 3;
    }

    /** Words that, beside "author", name the box about the writer under an article ("author-box", "about_author", "authorDescription"). */
    private static final Substrings AUTHOR_BOX = new Substrings("box", "about", "desc", "detail", "info", "card", "profile", "bio");

    /** The box about the writer: a token naming the author together with a box, card or description of them. */
    private static boolean authorBox(String token) {
        return token.contains("author") && AUTHOR_BOX.anyIn(token);
    }

    private static boolean strongNegativeToken(String token) {
        return STRONG_NEGATIVE.anyIn(token) || hasPart(token, STRONG_PARTS) || authorBox(token);
    }

    /** +1 for names that suggest article text, -1 for furniture, 0 otherwise; 2 when named as the article's body. */
    static int classWeight(String classAndId) {
        if (classAndId == null || classAndId.isBlank()) return 0;
        return (classify(classAndId) >> 2) - 2;
    }

    /** Words a promo line starts with ({@link #PROMO_START}) ... */
    private static final String[] PROMO_STARTS = {"share", "copy link", "advert", "sponsor", "read", "see", "related",
            "more", "click", "©", "copyright", "show", "log", "subscribe", "sign", "register", "this", "thank", "by ", "join",
            "be the", "never", "get ", "receive", "search", "author", "table of", "contents", "in this", "load", "print",
            "email", "listen", "on this", "summarize", "jump", "estimated", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** ... and words it holds anywhere ({@link #PROMO_ANYWHERE}): a line with neither is not tried. */
    private static final String[] PROMO_WORDS = {"telegram", "whatsapp", "signal", "discord", "viber", "channel",
            "newsletter", "subscri", "inbox", "delivered", "follow us", "download", "rights reserved", "cookie", "clicking",
            "comments are", "submission", "submitting"};
    private static final Substrings PROMO_WORD_SET = new Substrings(PROMO_WORDS);

    private static boolean negativeToken(String token) {
        return NEGATIVE.anyIn(token) || hasPart(token, NEGATIVE_PARTS);
    }

    /** Placeholders a script fills in ("Loading paragraph...", "Loading prices for your region…") and the search engine's follow button. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(loading\\b[^.!?]{0,40}(\\.\\.\\.|…)|add (us )?as (a )?(preferred|reliable( and trusted)?|trusted)( news)? source( on google)?)$");
    /** A paywall's notice: what follows it is the offer, not the article. */
    private static final Pattern PAYWALL_NOTICE = Pattern.compile("(?i)^("
            + "(this|the rest of this) (article|story|post|piece|content) is (exclusive|only available|available only|reserved) (to|for) .{0,40}(subscribers|members)|"
            + "(become a|subscribe|sign up|upgrade|join)( now)?( as)?( a)?( paid)?( subscriber| member)? .{0,40}to (unlock|read|continue reading|keep reading|access) (this|the (rest|full))|"
            + "to (read|continue reading|unlock) (the rest of )?this (story|article|post|piece),? (subscribe|sign up|log in|become)|"
            + "unlock this (article|story|post|piece)|already have an account\\??\\s*(log|sign) ?in)");
    /** A line of the site's taxonomy ("Tags: flooding, harbour", "Filed under: Council") or its review stamp ("Last reviewed May 2024"). */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)^((tags?|tagged( with)?|filed (under|in)|categor(y|ies)|topics?|posted in)\\s*:\\s*\\S.*|(date )?last (reviewed|updated|modified)\\b[^.!?]{0,30})$");

    static boolean isTaxonomyLine(String text) {
        return text.length() <= 200 && TAXONOMY.matcher(text.strip()).matches();
    }

    static boolean isPaywallNotice(String text) {
        return text.length() <= 200 && PAYWALL_NOTICE.matcher(text.strip()).lookingAt();
    }

    static boolean isPromoLine(String text) {
        if (text.length() >= 400) return false;
        String lower = text.toLowerCase(Locale.ROOT).strip();
        String t = text.strip();
        if (t.length() <= 80 && (lower.startsWith("loading") || lower.startsWith("add ")) && PLACEHOLDER.matcher(t).matches()) return true;
        for (String w : PROMO_STARTS) {
            if (lower.startsWith(w)) {
                if (PROMO_START.matcher(t).lookingAt()) return true;
                break;
            }
        }
        return PROMO_WORD_SET.anyIn(lower) && PROMO_ANYWHERE.matcher(t).find();
    }
}
