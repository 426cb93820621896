package dev.newsloom.ai;

import dev.newsloom.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit vectors for sentences: the in-process sentence model when there is one, else hashed word
 * counts (so the features still work with {@code NEWSLOOM_SEMANTIC=off}, by words alone). Vectors
 * are remembered by text: wire copies and boilerplate repeat sentences across articles and
 * stories, and a story's sentences are read again by every feature and question.
 */
final class TextVectors {
    private static final int HASHED_DIMENSIONS = 512;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache;

    TextVectors(SentenceEmbedder embedder, int cacheSize) {
        this.embedder = embedder;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    boolean semantic() {
        return embedder != null;
    }

    float[] vector(String text) {
        return vectors(List.of(text)).get(0);
    }

    List<float[]> vectors(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(t);
                out.add(v);
                if (v == null && !missing.contains(t)) missing.add(t);
            }
        }
        if (missing.isEmpty()) return out;
        List<float[]> computed = new ArrayList<>(missing.size());
        if (embedder == null) {
            for (String t : missing) computed.add(hashed(t));
        } else {
            for (int i = 0; i < missing.size(); i += 64) {
                for (float[] v : embedder.embedAll(missing.subList(i, Math.min(missing.size(), i + 64)))) computed.add(normalize(v));
            }
        }
        Map<String, float[]> fresh = new java.util.HashMap<>();
        for (int i = 0; i < missing.size(); i++) fresh.put(missing.get(i), computed.get(i));
        synchronized (cache) {
            cache.putAll(fresh);
        }
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, fresh.get(texts.get(i)));
        return out;
    }

    static float dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return (float) s;
    }

    static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        if (n == 0) return v;
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * inv;
        return out;
    }

    /** The normalised mean of some vectors: what they say together. */
    static float[] mean(List<float[]> vs) {
        if (vs.isEmpty()) return null;
        float[] sum = new float[vs.get(0).length];
        for (float[] v : vs) for (int i = 0; i < sum.length; i++) sum[i] += v[i];
        return normalize(sum);
    }

    private static float[] hashed(String text) {
        float[] v = new float[HASHED_DIMENSIONS];
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = Words.stem(m.group());
            if (Words.isStopword(w)) continue;
            int h = w.hashCode();
            v[Math.floorMod(h, HASHED_DIMENSIONS)] += (h & 0x10000) == 0 ? 1 : -1;
        }
        return normalize(v);
    }
}
