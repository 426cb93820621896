package dev.newsloom.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length), run in process from
 * the ONNX model inside its jar: nothing is downloaded. The model loads on first use (about
 * 0.6 s); the JVM needs {@code --enable-native-access=ALL-UNNAMED} for its native runtime.
 * Thread-safe.
 */
public final class SentenceEmbedder {
    public static final int DIMENSIONS = 384;
    /** The model reads at most 256 word pieces; longer text is cut, so callers pass title and lead. */
    public static final int MAX_CHARS = 1000;

    private volatile AllMiniLmL6V2EmbeddingModel model;
    private final EmbeddingObserver observer;

    public SentenceEmbedder() {
        this(EmbeddingObserver.NONE);
    }

    public SentenceEmbedder(EmbeddingObserver observer) {
        this.observer = observer;
    }

    public float[] embed(String text) {
        long start = System.nanoTime();
        float[] v = model().embed(cut(text)).content().vector();
        observer.embedded(1, System.nanoTime() - start);
        return v;
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(cut(t)));
        List<float[]> out = new ArrayList<>(texts.size());
        long start = System.nanoTime();
        for (Embedding e : model().embedAll(segments).content()) out.add(e.vector());
        observer.embedded(texts.size(), System.nanoTime() - start);
        return out;
    }

    public static float cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt(na * nb));
    }

    private AllMiniLmL6V2EmbeddingModel model() {
        AllMiniLmL6V2EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) model = new AllMiniLmL6V2EmbeddingModel();
                m = model;
            }
        }
        return m;
    }

    private static String cut(String text) {
        String t = text == null || text.isBlank() ? " " : text.strip();
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }
}
