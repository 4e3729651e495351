package dev.cxmon.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged daemon serves the runbook of every alert at /runbooks/&lt;AlertName&gt;.md (and without .md) on its
 * status port, the alert rules' default runbook base, and the diagnosis pages they link to at /diagnosis/&lt;CODE&gt;.md:
 * the very text of docs/alerts and docs/diagnosis, every link between them working, with or without cxone.api-token
 * (these pages name nobody), while the status API stays behind the token.
 */
class RunbooksIT {

    /** Markdown links to a page of docs/alerts or docs/diagnosis (not to the rest of the repository, nor the web). */
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\(((?:\\.\\./(?:alerts|diagnosis)/)?[A-Za-z_]+\\.md)(?:#[^)]*)?\\)");
    private static final String API_TOKEN = "runbooks-it-token";
    private static final List<String> TRAVERSALS = List.of("/runbooks/..%2F..%2Fapplication.properties",
            "/runbooks/%2e%2e/%2e%2e/application.properties", "/runbooks/..%5Capplication.properties");

    @Test
    void servesEveryRunbookWithoutAnApiToken() throws Exception {
        try (ServiceProcess daemon = started()) {
            assertServesTheRunbooks(daemon);
            for (String traversal : TRAVERSALS) {
                HttpResponse<String> response = get(daemon, traversal);
                assertThat(response.statusCode()).as(traversal).isEqualTo(404);
                assertThat(response.body()).as(traversal).doesNotContain("quarkus.");
            }
            assertThat(get(daemon, "/api/agents").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesEveryRunbookToAnyoneWhenAnApiTokenIsSetAndKeepsTheStatusApiBehindIt() throws Exception {
        try (ServiceProcess daemon = started("-Dcxone.api-token=" + API_TOKEN)) {
            assertServesTheRunbooks(daemon);
            // A path that leaves /runbooks/ is behind the token like every other path, and no runbook either.
            for (String traversal : TRAVERSALS) {
                HttpResponse<String> response = get(daemon, traversal);
                assertThat(response.statusCode()).as(traversal).isIn(401, 404);
                assertThat(response.body()).as(traversal).doesNotContain("quarkus.");
                assertThat(get(daemon, traversal, "Bearer " + API_TOKEN).statusCode()).as(traversal + " with the token").isEqualTo(404);
            }
            assertThat(get(daemon, "/api/agents").statusCode()).isEqualTo(401);
            assertThat(get(daemon, "/runbooks/../api/agents").statusCode()).isEqualTo(401);
            assertThat(get(daemon, "/api/agents", "Bearer " + API_TOKEN).statusCode()).isEqualTo(200);
            HttpResponse<String> post = TestHttp.client().send(HttpRequest.newBuilder(uri(daemon, "/runbooks/CXoneAuthFailure.md"))
                    .timeout(TestHttp.REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    private static void assertServesTheRunbooks(ServiceProcess daemon) throws Exception {
        List<Path> runbooks = pages("docs/alerts");
        assertThat(runbooks.stream().filter(p -> p.getFileName().toString().startsWith("CXone"))).hasSizeGreaterThanOrEqualTo(7);
        assertServes(daemon, "/runbooks/", runbooks);
        assertServes(daemon, "/diagnosis/", pages("docs/diagnosis"));
        for (String unknown : List.of("/runbooks/NoSuchAlert.md", "/runbooks/CXoneAuthFailure.txt", "/runbooks/cxone-agent-monitor.rules.yml",
                "/diagnosis/NO_SUCH_CODE.md", "/diagnosis/token_scope_missing.md", "/diagnosis/CXoneAuthFailure.md")) {
            HttpResponse<String> response = get(daemon, unknown);
            assertThat(response.statusCode()).as(unknown).isEqualTo(404);
            assertThat(response.body()).as(unknown).startsWith("no ");
        }
    }

    /** Each page, with and without .md, is the very file; and every link of it that stays in docs/ leads to a served page. */
    private static void assertServes(ServiceProcess daemon, String base, List<Path> pages) throws Exception {
        for (Path page : pages) {
            String file = page.getFileName().toString();
            for (String path : List.of(base + file, base + file.replace(".md", ""))) {
                HttpResponse<String> response = get(daemon, path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).as(path)
                        .hasValueSatisfying(type -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/markdown;charset=utf-8"));
                assertThat(response.body()).as(path).isEqualTo(Files.readString(page));
            }
            Matcher link = RELATIVE_LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = URI.create(base + file).resolve(link.group(1)).getPath();
                assertThat(get(daemon, target).statusCode()).as(file + " links " + link.group(1)).isEqualTo(200);
            }
        }
    }

    private static List<Path> pages(String folder) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static ServiceProcess started(String... props) throws Exception {
        ServiceProcess daemon = ServiceProcess.start(props);
        daemon.awaitMetrics(Duration.ofSeconds(30), m -> true);
        return daemon;
    }

    private static HttpResponse<String> get(ServiceProcess daemon, String path) throws Exception {
        return TestHttp.client().send(HttpRequest.newBuilder(uri(daemon, path)).timeout(TestHttp.REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ServiceProcess daemon, String path, String authorization) throws Exception {
        return TestHttp.client().send(HttpRequest.newBuilder(uri(daemon, path)).timeout(TestHttp.REQUEST_TIMEOUT)
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ServiceProcess daemon, String path) {
        return URI.create("http://127.0.0.1:" + daemon.http() + path);
    }
}
