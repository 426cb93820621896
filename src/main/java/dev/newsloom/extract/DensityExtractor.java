package dev.newsloom.extract;

import dev.newsloom.model.Block;
import dev.newsloom.model.BlockKind;
import dev.newsloom.model.ExtractedArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first extractor: metadata from what the page declares, the body by text density, captions
 * and photo credits kept apart, promos and notices dropped. Thread-safe; never throws.
 */
public final class DensityExtractor implements Extractor {
    /** Created on the first failure: logging's start-up costs a batch run a third of a second it rarely needs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(DensityExtractor.class);
    }
    /** Longer pages are cut: no article needs more, and parsing time stays bounded. */
    static final int MAX_HTML_CHARS = 6_000_000;
    /** Below this, the density winner is not trusted and every prose paragraph of the page is tried. */
    static final int MIN_BODY_CHARS = 250;

    @Override
    public ExtractedArticle extract(String html, String pageUrl) {
        try {
            return extractOrThrow(html == null ? "" : html, pageUrl);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Log.LOG.warn("Extraction failed on {}: {}", pageUrl, e.toString());
            return new ExtractedArticle(pageUrl, null, null, null, null, null, null, null, null, null, null, List.of(), false, null);
        } finally {
            PageIndex.forget();
        }
    }

    private ExtractedArticle extractOrThrow(String html, String pageUrl) {
        String input = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document doc = Jsoup.parse(input, pageUrl == null ? "" : pageUrl);
        StreamedHtml.resolveIndexed(doc, input);
        Metadata meta = MetadataExtractor.extract(doc, pageUrl);
        boolean paywalled = Paywalls.present(doc);
        Captions.Lead lead = Captions.takeOut(doc);
        String markupCredit = Credits.fromMarkup(doc);
        String caption = MetadataExtractor.firstNonBlank(lead.caption(), meta.imageCaption());
        String title = Titles.choose(doc, meta.declaredTitle(), meta.title(), meta.siteName());
        title = FrontPages.title(doc, title, meta.url(), meta.siteName());

        List<Block> blocks = clean(BodyExtractor.extract(doc), title, caption, meta.byline());
        if (chars(blocks) < MIN_BODY_CHARS) {
            // parsed again rather than cloned up front: few pages need it
            Document fallbackDoc = parse(input, pageUrl);
            Captions.takeOut(fallbackDoc);
            BodyExtractor.removeJunk(fallbackDoc);
            List<Block> all = clean(BodyExtractor.allParagraphs(fallbackDoc), title, caption, meta.byline());
            if (chars(all) > chars(blocks)) blocks = all;
        }
        if (meta.jsonLdBody() != null && meta.jsonLdBody().length() > chars(blocks)) {
            Document page = parse(input, pageUrl);
            List<String> declared = JsonLdBody.instead(meta.jsonLdBody(), texts(blocks), page.body() == null ? null : page.body().text());
            if (declared != null) blocks = clean(paragraphs(declared), title, caption, meta.byline());
        }
        // the visible headline inside decorated <title> text ("Site - Headline") is the headline
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            String b = blocks.get(i).text();
            if (title != null && b.length() < title.length() && Titles.decoratedAround(title, b) && b.split("\\s+").length >= 3) {
                title = b;
                blocks = new ArrayList<>(blocks);
                blocks.remove(i);
                break;
            }
        }
        blocks = Boilerplate.cutTail(blocks);
        blocks = ClosingBios.cut(blocks, meta.byline());
        List<String> paragraphs = texts(blocks);
        String credit = Credits.detect(paragraphs, meta.byline(), meta.bylineLine(), meta.jsonLdAuthorOrg());
        if (credit == null) credit = markupCredit;
        String byline = meta.byline();
        if (byline != null && credit != null && Credits.agency(byline, false) != null) byline = null; // "By Reuters" names no person
        String image = meta.image() != null ? meta.image() : lead.image();
        List<BlockKind> kinds = new ArrayList<>(blocks.size());
        for (Block b : blocks) kinds.add(b.kind());
        return new ExtractedArticle(meta.url(), title, byline, meta.published(), meta.modified(), meta.lang(), image,
                caption, credit, meta.siteName(), meta.description(), paragraphs, paywalled, meta.offset(), kinds, meta.section());
    }

    /** The page as a reader's browser builds it: parsed, with streamed parts moved into place. */
    private static Document parse(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        if (StreamedHtml.mayHoldSegments(html)) StreamedHtml.resolve(doc);
        return doc;
    }

    static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b.text());
        return out;
    }

    private static List<Block> paragraphs(List<String> texts) {
        List<Block> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(new Block(BlockKind.PARAGRAPH, t));
        return out;
    }

    /** Drops repeats of the title, caption and byline, promo lines, and exact duplicates of anything longer than a label. */
    static List<Block> clean(List<Block> blocks, String title, String caption, String byline) {
        Set<String> seen = new LinkedHashSet<>();
        List<Block> out = new ArrayList<>();
        String titleKey = key(title), captionKey = key(caption), bylineKey = key(byline);
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i).text();
            String k = key(b);
            if ((i < 4 || i >= blocks.size() - 2) && (isMetaLine(b) || Boilerplate.isTaxonomyLine(b))) continue;
            if (k.isEmpty() || k.equals(titleKey) || k.equals(captionKey)) continue;
            if (!bylineKey.isEmpty() && (k.equals(bylineKey) || k.equals("by " + bylineKey))) continue;
            if (Boilerplate.isPromoLine(b)) continue;
            // a label repeats with every item it heads ("Pros", "Price: on request"); a paragraph said twice is a copy
            if (!seen.add(k) && !isLabel(b, k)) continue;
            out.add(blocks.get(i));
        }
        return out;
    }

    /** A line of a few words. */
    private static boolean isLabel(String text, String key) {
        if (text.length() > 60) return false;
        int words = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ' && ++words > 8) return false;
        return true;
    }

    private static final java.util.regex.Pattern DATE_OR_TIME = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b|"
                    + "\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(updated|published|posted)\\b)");

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?s).*[.!?][\"”’)]?$");
    private static final java.util.regex.Pattern BY_LINE = java.util.regex.Pattern.compile("(?i)^by [\\p{L} .,'’-]{2,60}$");

    /** A byline or date line ("By Ana Vel | Nov 21, 2026 9:00 AM"): short, dated or signed, not a sentence. */
    static boolean isMetaLine(String b) {
        String t = b.strip();
        if (t.length() > 100 || SENTENCE_END.matcher(t).matches()) return false;
        return DATE_OR_TIME.matcher(t).find() || BY_LINE.matcher(t).matches();
    }

    private static String key(String s) {
        return Text.key(s);
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) n += b.text().length();
        return n;
    }
}
