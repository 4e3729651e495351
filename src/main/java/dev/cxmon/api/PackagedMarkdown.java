package dev.cxmon.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One folder of docs/ as packaged in this jar (pom.xml, build resources), served page by page: a page's name must match
 * {@code name}, which also rules out any path trick, and the answer is the very text of the file.
 */
final class PackagedMarkdown {

    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final String folder;
    private final Pattern name;
    private final String what;
    private final String example;

    /**
     * @param name    a pattern whose first group is the file name without .md; an optional ".md" may follow it
     * @param what    what a page is, for the 404 text ("runbook", "diagnosis page")
     * @param example a path that exists, for the 404 text
     */
    PackagedMarkdown(String folder, Pattern name, String what, String example) {
        this.folder = folder;
        this.name = Pattern.compile("(" + name.pattern() + ")(\\.md)?");
        this.what = what;
        this.example = example;
    }

    Response page(String requested) throws IOException {
        Matcher matcher = name.matcher(requested);
        if (!matcher.matches()) {
            return notFound("no " + what + " here: pages are named like " + example);
        }
        String page = matcher.group(1);
        try (InputStream markdown = getClass().getClassLoader().getResourceAsStream(folder + "/" + page + ".md")) {
            if (markdown == null) {
                return notFound("no " + what + " named " + page + " in this version of cxone-agent-monitor");
            }
            return Response.ok(markdown.readAllBytes(), MARKDOWN).build();
        }
    }

    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(message + "\n").build();
    }
}
