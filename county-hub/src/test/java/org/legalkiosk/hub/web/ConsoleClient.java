package org.legalkiosk.hub.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the console over plain HTTP: keeps its cookies by hand (the JDK's cookie manager would
 * not send Secure cookies to http://127.0.0.1, which browsers do), follows no redirects, reads the CSRF token from
 * the last page it fetched.
 */
public final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    public String csrf;

    public ConsoleClient(URI base) {
        this.base = base;
    }

    /** Logs in and returns the status of the login post (303 on success). */
    public int login(String user, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("username", user, "password", password)).statusCode();
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(base.resolve(path)).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.putIfAbsent("csrf", csrf);
        }
        return postRaw(path, all);
    }

    HttpResponse<String> postRaw(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET whose answer is not text (a PDF), with this client's cookies. */
    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        withCookies(request);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
    }

    /** Any request with this client's cookies (a file upload, say). */
    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }
}
