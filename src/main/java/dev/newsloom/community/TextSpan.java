package dev.newsloom.community;

/** A run of a comment's text; {@code href} is a checked http(s) URL when the run is a link, else null. */
public record TextSpan(String text, String href) {
    public boolean isLink() {
        return href != null;
    }
}
