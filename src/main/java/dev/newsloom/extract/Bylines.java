package dev.newsloom.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** "By JANE DOE | Nov 21" → "Jane Doe"-ish: the names, without the decoration around them. */
final class Bylines {
    private static final Pattern PREFIX = Pattern.compile("^(?i)((this (post|article|story|guide) (was|is) )?(written|posted|words|story|text|published|authored) by|insights from|by|von|par|por|door|di|author|authors|autor|auteur)[:\\s]+");
    /** "ByTrevor Jones": the label run into the name. */
    private static final Pattern GLUED_BY = Pattern.compile("^By(?=\\p{Lu}\\p{Ll})");
    /** A date the line starts with ("Dec. 19, 2025 · Niko Matsakis"): the names follow it. */
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[|•·,–—-]?\\s*");
    /** A reviewer or fact-checker is not the author. */
    private static final Pattern REVIEWED = Pattern.compile("^(?i)((medically|expert|fact|legally)[ -]?)?(reviewed|checked|verified|edited) by\\b");
    /** Words that begin a job title or a role after a name ("Liz Kenny Former McKinsey Consultant"). */
    private static final Set<String> ROLE_WORDS = Set.of("writer", "editor", "author", "contributor", "contributing", "reporter",
            "correspondent", "columnist", "consultant", "founder", "co-founder", "cofounder", "ceo", "cto", "coo", "cmo", "director",
            "manager", "coordinator", "specialist", "analyst", "strategist", "head", "chief", "former", "senior", "lead",
            "engineer", "content", "freelance", "associate", "assistant", "president",
            "vice", "partner", "owner", "principal", "producer", "journalist", "researcher", "professor", "intern");
    /** Words that open a job title when a role word follows ("Liza Burke Marketing Director"). */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("marketing", "sales", "product", "managing", "executive", "creative",
            "technical", "editorial", "operations", "communications", "research", "growth", "brand", "digital", "community",
            "general", "legal", "medical", "program", "project", "account", "customer", "finance", "financial", "design", "art");
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le",
            "bin", "al", "el", "ter", "ten", "y");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s*([|•·,–—-]\\s*)?(published|updated|last updated|posted|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4},|"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}/\\d{1,2}/\\d{1,2}|\\d+ min(ute)?s? read|"
            + "\\bon (\\d|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)).*$");
    /** "By Ana Vel", "Written by Ana Vel and Tom Ng": a line that signs the article. */
    private static final Pattern SIGNED = Pattern.compile("^(?i)((written|posted|words|story) by|by)[:\\s]+\\p{Lu}.{1,80}$");

    private Bylines() {}

    /** The first candidate (looked for only when the ones before it fail) that, cleaned, reads like a name rather than a handle, a URL or a label. */
    @SafeVarargs
    static String first(java.util.function.Supplier<String>... candidates) {
        return first(Set.of(), () -> null, candidates);
    }

    /**
     * As {@link #first(java.util.function.Supplier[])}, but a candidate that is the site's own name
     * (one of {@code siteKeys}, as {@link Text#key}) or a team ("Harbor Staff") gives way to a later
     * one that reads as a person's name; with none, it stands.
     */
    @SafeVarargs
    static String first(Set<String> siteKeys, java.util.function.Supplier<String> lastResort,
            java.util.function.Supplier<String>... candidates) {
        String publisher = null;
        for (java.util.function.Supplier<String> c : candidates) {
            String name = clean(MetadataExtractor.unescaped(c.get()));
            if (name == null || !plausible(name)) continue;
            boolean collective = collective(name, siteKeys);
            if (publisher == null && !collective) return name;
            if (publisher == null) publisher = name;
            else if (!collective && isPerson(name)) return name;
        }
        if (publisher != null) return publisher;
        String name = clean(MetadataExtractor.unescaped(lastResort.get()));
        return name != null && plausible(name) ? name : null;
    }

    private static final Pattern TEAM = Pattern.compile("(?i)\\b(team|staff)$|^team\\b");

    /** The site's own name ("Harbor Gazette", "Harbor Gazette Sponsored") or one team ("Harbor Staff"), not a list of people. */
    private static boolean collective(String name, Set<String> siteKeys) {
        String key = Text.key(name);
        for (String site : siteKeys) if (!site.isEmpty() && (key.equals(site) || key.startsWith(site + " "))) return true;
        return TEAM.matcher(name).find() && !name.contains(", ") && !name.contains(" and ");
    }

    private static final Pattern LIST = Pattern.compile("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+");

    /**
     * The people of a byline as the page's visible byline writes them: "Ana Vel and Tom Ng" for
     * the declared "Ana Vel, Tom Ng", and all of "Dr Ana Vel, Tom Ng" when only the first was
     * declared. Otherwise the byline as it is.
     */
    static String asShown(String byline, String bylineLine, org.jsoup.nodes.Document doc) {
        if (byline == null) return null;
        String shown = shownList(byline, bylineLine);
        if (shown == null) shown = shownList(byline, MetadataExtractor.authorLinkLine(doc));
        if (shown == null && byline.contains(", ")) shown = shownList(byline, nearHeadline(doc));
        return shown != null ? shown : byline;
    }

    private static String shownList(String byline, String line) {
        String shown = clean(MetadataExtractor.unescaped(line));
        if (shown == null || shown.equals(byline)) return null;
        java.util.List<String> theirs = people(shown), ours = people(byline);
        if (theirs == null || ours == null || theirs.size() < 2) return null;
        if (keys(theirs).equals(keys(ours))) return shown;
        if (ours.size() != 1) return null;
        String one = Text.key(ours.get(0));
        for (String name : theirs) if (Text.key(name).endsWith(one)) return shown;
        return null;
    }

    /** The names of a list ("Ana Vel, Tom Ng and Dr Li Wei"), or null when a part is no name. */
    private static java.util.List<String> people(String list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : LIST.split(list)) {
            String name = HONORIFIC.matcher(part.strip()).replaceFirst("");
            if (name.length() > 50 || !NAME.matcher(name).matches()) return null;
            for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (ROLE_WORDS.contains(w) || ROLE_QUALIFIERS.contains(w)) return null; // "Print Managing Editor"
            }
            out.add(part.strip());
        }
        return out;
    }

    private static java.util.List<String> keys(java.util.List<String> names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String n : names) out.add(Text.key(n));
        return out;
    }

    /** "Ana Vel", "Tracy Parker, Dietitian": a name, maybe with a title after a comma. */
    static boolean isPerson(String name) {
        int comma = name.indexOf(", ");
        String head = comma > 0 ? name.substring(0, comma) : name;
        return head.length() <= 50 && NAME.matcher(head).matches();
    }

    // expressions used on every candidate name, compiled once (String.matches and replaceAll compile at each call)
    private static final Pattern HANDLE_MARKS = Pattern.compile(".*[._\\d].*");
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("(the )?(author|admin|administrator|editor|editorial|staff|guest|user|unknown|anonymous)s?");
    private static final Pattern LINK_LABEL = Pattern.compile("(articles|posts|stories|more|all posts|all articles|view all|see all|more articles|more stories|member|log|sign)\\b.*");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern SAYS = Pattern.compile(".*\\bsays:?");
    private static final Pattern OWNER = Pattern.compile("(owned|powered|operated|managed|hosted) by\\b.*");
    private static final Pattern BIO_LINK = Pattern.compile("(full |author )?(bio|biography|profile)|view profile");
    private static final Pattern WORD_PUNCTUATION = Pattern.compile("^[,(]+|[,;:)]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,|•·–—-]+$");
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)\\s+on behalf of\\b.*$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[|•·●,;:\\s]+$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[|/•]\\s*");
    private static final Pattern READING_TIME = Pattern.compile("(?i)[|•·–—-]?\\s*\\d+\\s*min(ute)?s?( read)?\\s*$");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|•·,–—-]+|[\\s|•·,–—-]+$");

    private static final Pattern PLURAL = Pattern.compile("s$");

    /** Link labels of social networks, which author boxes put beside the name. */
    private static final Set<String> SOCIAL = Set.of("bluesky", "twitter", "x", "facebook", "linkedin", "instagram", "threads",
            "mastodon", "youtube", "tiktok", "pinterest", "reddit", "email", "rss");

    static boolean plausible(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("http") || lower.contains("www.") || lower.contains("@") || lower.contains(".com")) return false;
        if (!name.contains(" ") && (name.equals(lower) && HANDLE_MARKS.matcher(name).matches())) return false; // "ana.vel", "kffanav"
        if (PLACEHOLDER_NAME.matcher(lower).matches()) return false;
        if (LINK_LABEL.matcher(lower).matches()) return false;
        // a day or month standing where the name should be ("Sat, 20 Dec"), a commenter ("Ana says:"), an owner or a network
        if (DAY_OR_MONTH.matcher(lower).matches()) return false;
        if (SAYS.matcher(lower).matches() || OWNER.matcher(lower).matches()) return false;
        if (SOCIAL.contains(lower) || BIO_LINK.matcher(lower).matches()) return false;
        return Character.isLetter(name.codePointAt(0));
    }

    /** "Written by Ana Vel" anywhere on the page (an author box under the article), outside comments. */
    static String writtenBy(org.jsoup.nodes.Document doc) {
        if (doc.body() == null) return null;
        String[] found = {null};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t && t.parent() instanceof org.jsoup.nodes.Element parent) {
                    String raw = t.getWholeText();
                    if (raw.length() < 200 && (raw.contains("ritten by") || raw.contains("RITTEN BY"))) {
                        String line = DocumentOrder.shortText(parent.parent() != null && parent.normalName().equals("span") ? parent.parent() : parent, 100);
                        if (line != null && WRITTEN.matcher(line).matches()
                                && outsideCommentsAndNavigation(parent)) {
                            found[0] = line;
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    /** A signed line in a comment, a menu or the site's footer names no author of the article. */
    private static boolean outsideCommentsAndNavigation(org.jsoup.nodes.Element e) {
        return e.closest(Css.query("[class*=comment], [id*=comment], nav, footer")) == null;
    }

    private static final Pattern WRITTEN = Pattern.compile("^(?i)written by[:\\s]+\\p{Lu}.{1,60}$");

    /** Labels a page puts before the author's name in an element of their own ("<h3>Author</h3><p>Ana Vel</p>"). */
    private static final Set<String> LABELS = Set.of("by", "written by", "author", "authors", "article by", "posted by",
            "contributors", "contributor", "words by", "story by", "text by", "words", "reporter", "reporting by");
    /** A person's name as bylines write it: two to five words, capitalised ("Ana Vel", "Julian K. Arni", "Marna van der Merwe"). */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(\\s+(\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|den|da|di|du|del|la|le|bin|al|y)){1,4}$");

    /**
     * A name in the element after a label that stands alone ("Written by" / "Ana Vel",
     * "Contributors:" Ana Vel), outside comments and navigation.
     */
    static String afterLabel(org.jsoup.nodes.Document doc) {
        if (doc.body() == null) return null;
        String[] found = {null};
        int[] sinceLabel = {-1};
        org.jsoup.nodes.Element[] avatar = {null}; // the line an avatar stands in: its name is in the same line
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element e && isAvatar(e)) {
                    sinceLabel[0] = 0;
                    avatar[0] = e.parent();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof org.jsoup.nodes.TextNode t) || t.isBlank()) return FilterResult.CONTINUE;
                String raw = t.getWholeText();
                if (sinceLabel[0] >= 0) {
                    String name = Text.normalize(raw);
                    if (avatar[0] != null) {
                        org.jsoup.nodes.Element line = t.parent();
                        if (line != avatar[0] && (line == null || line.parent() != avatar[0])) {
                            sinceLabel[0] = -1;
                            avatar[0] = null;
                            return FilterResult.CONTINUE;
                        }
                        if (name != null) name = IN_SECTION.matcher(name).replaceFirst(""); // "Ana Vel in Harbor News"
                    }
                    if (name != null && name.length() <= 50 && NAME.matcher(name).matches() && plausible(name)) {
                        found[0] = name;
                        return FilterResult.STOP;
                    }
                    if (++sinceLabel[0] > 1) sinceLabel[0] = -1; // the name comes right after its label
                    return FilterResult.CONTINUE;
                }
                if (raw.length() > 30) return FilterResult.CONTINUE;
                String label = Text.normalize(raw);
                if (label == null) return FilterResult.CONTINUE;
                label = withoutTrailingColon(label.toLowerCase(java.util.Locale.ROOT));
                if (LABELS.contains(label) && t.parent() instanceof org.jsoup.nodes.Element p
                        && outsideCommentsAndNavigation(p)) {
                    sinceLabel[0] = 0;
                    avatar[0] = null;
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    /**
     * The label without the colons and spaces it ends with ("Author:" → "author"), as
     * {@code replaceFirst("[:\\s]+$", "")} reads a normalised line for the labels above (only a
     * line ending in U+0085, before which {@code $} also matches, differs, and is no label either
     * way), without a matcher for each of the page's short texts.
     */
    private static String withoutTrailingColon(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (c != ':' && !Dates.isSpace(c)) break;
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
    private static final Pattern IN_SECTION = Pattern.compile("\\s+in(\\s+\\p{Lu}.*)?$");
    /** An author's picture or a person icon, which themes put right before the name. */
    private static final Pattern AVATAR = Pattern.compile("(^|[-_ ])(avatar|bi-person|fa-user|icon-user|user-icon|icon-person|person-icon)([-_ ]|$)");

    private static boolean isAvatar(org.jsoup.nodes.Element e) {
        String tag = e.normalName();
        if (!(tag.equals("img") || tag.equals("i") || tag.equals("svg") || tag.equals("span")) || !e.hasAttr("class")) return false;
        String names = Classes.names(e);
        // every word of the expression holds one of these: most class names go without a matcher
        boolean word = names.contains("avatar") || names.contains("user") || names.contains("person");
        if (!word || !AVATAR.matcher(names).find() || !e.ownText().isBlank()) return false;
        // a person icon in a menu ("Contact directory", "My account") is no byline
        return !MetadataExtractor.inComments(e) && e.closest(Css.query("nav, footer, a, [class*=menu]")) == null;
    }

    /** A short line of a date and a name ("Dec 17, 2025 · Julian K. Arni · 6 min read"): the name. */
    static String nameBesideDate(String line) {
        if (line == null || line.length() > 100 || Dates.inText(line) == null) return null;
        String rest = LEADING_DATE.matcher(line).replaceFirst("");
        rest = EDGE_SEPARATORS.matcher(READING_TIME.matcher(rest).replaceAll("")).replaceAll("");
        rest = PREFIX.matcher(rest).replaceFirst("");
        return rest.length() <= 50 && NAME.matcher(rest).matches() && plausible(rest) && rest.equals(Text.normalize(rest)) ? rest : null;
    }

    /** A "By ..." line among the few elements around the headline, or a line of a date and a name after it. */
    static String nearHeadline(org.jsoup.nodes.Document doc) {
        org.jsoup.nodes.Element h1 = PageIndex.of(doc).firstH1();
        if (h1 == null) return null;
        for (org.jsoup.nodes.Element e : DocumentOrder.after(h1, 60)) {
            if (e.normalName().equals("p") && e.ownText().length() > 200) break;
            String text = DocumentOrder.shortText(e, 100);
            if (text != null && SIGNED.matcher(text).matches()) return text;
            String beside = nameBesideDate(text);
            if (beside == null && e.childrenSize() > 1) beside = nameBesideDate(spacedText(e, 100));
            if (beside != null) return beside;
        }
        // some pages print "Published Aug 7 · by Ana Vel" above the headline
        for (org.jsoup.nodes.Element e : DocumentOrder.before(h1, 8)) {
            String text = DocumentOrder.shortText(e, 100);
            if (text != null && SIGNED.matcher(text).matches()) return text;
            String beside = nameBesideDate(text);
            if (beside == null && e.childrenSize() > 1) beside = nameBesideDate(spacedText(e, 100));
            if (beside != null) return beside;
        }
        return null;
    }

    /** The element's text with its parts apart ("<span>Dec 17, 2025</span><span>Ana Vel</span>"), or null when long. */
    private static String spacedText(org.jsoup.nodes.Element e, int max) {
        String raw = Text.spaced(e, max * 3);
        if (raw.length() > max * 3) return null;
        String t = Text.normalize(raw);
        return t == null || t.length() > max ? null : t;
    }

    /**
     * The name without the job title that follows it, when a word after two or more capitalised
     * words begins a role: "Preetam Jinka Co-founder and Chief Architect".
     * "Ana Vel and Tom Ng" and "Ana Vel, Tom Ng" are names throughout.
     */
    static String withoutRole(String t) {
        String[] w = t.split(" ");
        int names = 0;
        for (int i = 0; i < w.length; i++) {
            String word = WORD_PUNCTUATION.matcher(w[i]).replaceAll("");
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean qualifiedRole = ROLE_QUALIFIERS.contains(lower) && i + 1 < w.length
                    && ROLE_WORDS.contains(TRAILING_PUNCTUATION.matcher(w[i + 1]).replaceAll("").toLowerCase(java.util.Locale.ROOT));
            if (names >= 2 && (ROLE_WORDS.contains(lower) || qualifiedRole || isAcronymBeforeRole(w, i))) {
                // "Ana Vel, Senior Editor" is written as name and title together; only a title run on after the name goes
                for (int k = 0; k < i; k++) if (w[k].endsWith(",")) return t;
                return TRAILING_SEPARATORS.matcher(String.join(" ", java.util.Arrays.copyOf(w, i))).replaceAll("");
            }
            int glued = gluedRole(word);
            if (glued > 0 && names >= 1) return (String.join(" ", java.util.Arrays.copyOf(w, i)) + " " + word.substring(0, glued)).strip();
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) names++;
            else if (!lower.equals("and") && !lower.equals("&") && !NAME_PARTICLES.contains(lower)) return t;
        }
        return t;
    }

    /** "AI Writer", "SEO Specialist": a word in capitals right before a role word. */
    private static boolean isAcronymBeforeRole(String[] w, int i) {
        if (i + 1 >= w.length || w[i].length() < 2 || !w[i].equals(w[i].toUpperCase(java.util.Locale.ROOT))) return false;
        return ROLE_WORDS.contains(TRAILING_PUNCTUATION.matcher(w[i + 1]).replaceAll("").toLowerCase(java.util.Locale.ROOT));
    }

    /** Where a role starts inside one word ("HabernyFounder" → 7), or -1. */
    private static int gluedRole(String word) {
        for (int i = 2; i < word.length() - 3; i++) {
            if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))
                    && ROLE_WORDS.contains(word.substring(i).toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    static String clean(String raw) {
        String t = Text.normalize(raw);
        if (t == null || REVIEWED.matcher(t).find()) return null;
        t = GLUED_BY.matcher(t).replaceFirst("");
        t = LEADING_DATE.matcher(t).replaceFirst("");
        t = PREFIX.matcher(t).replaceFirst("");
        t = ON_BEHALF.matcher(withoutRole(t)).replaceFirst("");
        t = TAIL.matcher(t).replaceFirst("");
        t = TRAILING_MARKS.matcher(t).replaceAll("").strip();
        // "Ana Vel - Harbor Editorial Team": the team after a dash is the site, not a second author
        t = TEAM_TAIL.matcher(t).replaceFirst("");
        t = withoutPublication(once(withoutInitials(t)));
        // "Ana Vel / REUTERS": the agency is a credit, not an author
        StringBuilder names = new StringBuilder();
        String[] parts = NAME_SEPARATOR.split(t);
        for (String part : parts) {
            // a name in capitals beside another name is an agency ("Ana Vel / MERIDIAN"); alone it is a person
            if (part.isBlank() || Credits.agency(part, parts.length > 1) != null || part.equalsIgnoreCase("staff")) continue;
            // "Ana Vel | Author": a role standing alone beside the name
            if (parts.length > 1 && isRole(part)) continue;
            if (names.length() > 0) names.append(", ");
            names.append(part.strip());
        }
        t = names.toString();
        if (t.length() < 2 || t.length() > 120) return null;
        return t;
    }

    private static final Pattern TEAM_TAIL = Pattern.compile("(?i)\\s+[-–—]\\s+[^-–—]*\\b(team|staff|editorial|editors|desk)$");

    /** "AV Ana Vel": the initials an avatar shows before the name. */
    static String withoutInitials(String t) {
        int space = t.indexOf(' ');
        if (space < 2 || space > 3) return t;
        String first = t.substring(0, space);
        if (!first.equals(first.toUpperCase(java.util.Locale.ROOT)) || !first.chars().allMatch(Character::isLetter)) return t;
        String[] rest = t.substring(space + 1).split(" ");
        if (rest.length < first.length()) return t;
        StringBuilder initials = new StringBuilder();
        for (String w : rest) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        return initials.toString().startsWith(first) ? t.substring(space + 1) : t;
    }

    /** "Ana Vel Ana Vel Ana Vel" (a name printed for each screen size) as one. */
    static String once(String t) {
        String[] w = t.split(" ");
        for (int size = 1; size <= w.length / 2; size++) {
            if (w.length % size != 0) continue;
            boolean repeated = true;
            for (int i = size; i < w.length && repeated; i++) repeated = w[i].equals(w[i % size]);
            if (repeated) return String.join(" ", java.util.Arrays.copyOf(w, size));
        }
        return t;
    }

    /** "Author", "Guest Columnist", "Staff Writer": a part of a byline that is only a role. */
    private static boolean isRole(String part) {
        String[] w = part.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (w.length > 3) return false;
        String last = PLURAL.matcher(w[w.length - 1]).replaceAll("");
        return ROLE_WORDS.contains(last) || ROLE_WORDS.contains(w[w.length - 1]);
    }

    /** "Ana Vel and Tom Ng, The Harbor Gazette": a part that opens with "The" names the publication. */
    private static String withoutPublication(String t) {
        int comma = t.lastIndexOf(", The ");
        return comma > 0 ? t.substring(0, comma) : t;
    }
}
