package dev.cxmon.cxone;

/**
 * One HTTP request and what came back, as evidence. URLs, content types and excerpts are redacted before they get
 * here, and kept to one line here; status 0 means no HTTP answer at all.
 */
public record Exchange(String operation, String method, String url, int status, long millis, String contentType, String bodyExcerpt) {

    public Exchange {
        url = Redactor.stripControls(url);
        contentType = Redactor.stripControls(contentType);
        bodyExcerpt = Redactor.stripControls(bodyExcerpt);
    }

    public boolean answered() {
        return status > 0;
    }

    public String describe() {
        String outcome = answered() ? "HTTP " + status : "no answer";
        return method + " " + url + " -> " + outcome + " (" + millis + " ms)";
    }
}
