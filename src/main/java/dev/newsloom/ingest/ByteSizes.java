package dev.newsloom.ingest;

/** Byte counts and durations in the words an operator reads in an error message. */
final class ByteSizes {
    private ByteSizes() {}

    static String human(long bytes) {
        long mib = 1024L * 1024;
        if (bytes >= mib && bytes % mib == 0) return bytes / mib + " MB";
        if (bytes >= 1024 && bytes % 1024 == 0 && bytes < mib) return bytes / 1024 + " KB";
        if (bytes >= 1_000_000) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        if (bytes >= 1000) return Math.round(bytes / 1000.0) + " KB";
        return bytes + " bytes";
    }

    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
