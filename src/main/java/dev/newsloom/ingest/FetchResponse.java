package dev.newsloom.ingest;

import java.net.URI;

/**
 * A completed fetch. {@code status} 304 means the server confirmed our cached copy and
 * {@code body} is empty.
 *
 * @param finalUri where the body came from after redirects
 */
public record FetchResponse(URI finalUri, int status, String contentType, byte[] body, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }
}
