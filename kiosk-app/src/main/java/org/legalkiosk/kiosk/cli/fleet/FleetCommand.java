package org.legalkiosk.kiosk.cli.fleet;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code legalkiosk fleet push|status|notice}: one call to every agent of a targets file. Each target's result is
 * printed; the exit code is 1 when any target failed after its retries.
 */
@Command(
        name = "fleet",
        mixinStandardHelpOptions = true,
        description = "Push content, read status and manage notices on many kiosks (see docs/agent-api.md).",
        subcommands = {FleetCommand.Push.class, FleetCommand.Status.class, FleetCommand.Notice.class})
public final class FleetCommand implements Runnable {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every fleet command shares. */
    static final class Fleet {
        @Option(
                names = "--targets",
                required = true,
                paramLabel = "FILE",
                description = "One agent base URL per line; # starts a comment.")
        Path targets;

        @Option(
                names = "--token-file",
                required = true,
                paramLabel = "FILE",
                description = "A file holding the bearer token (never put the token on the command line).")
        Path tokenFile;

        @Option(
                names = "--parallel",
                defaultValue = "8",
                paramLabel = "N",
                description = "Kiosks at a time (default: ${DEFAULT-VALUE}).")
        int parallel;

        @Option(
                names = "--retries",
                defaultValue = "3",
                paramLabel = "N",
                description = "Further attempts for a kiosk that is unreachable or busy (default: ${DEFAULT-VALUE}).")
        int retries;

        @Option(
                names = "--retry-delay",
                defaultValue = "2s",
                paramLabel = "DURATION",
                description =
                        "The first wait before a retry, doubled each time, e.g. 500ms or 2s (default: ${DEFAULT-VALUE}).")
        String retryDelay;

        @Option(
                names = "--pin-cert",
                paramLabel = "FILE",
                description = "A kiosk certificate (agent.crt, PEM or DER) to trust for https targets; repeat for "
                        + "several, or put them in one file. Only pinned certificates are trusted.")
        List<Path> pinnedCertificates = new ArrayList<>();

        @Option(
                names = "--client-cert",
                paramLabel = "FILE",
                description = "PKCS12 with the county's client certificate, for agents that require one.")
        Path clientCertificate;

        @Option(
                names = "--client-cert-password-file",
                paramLabel = "FILE",
                description = "A file holding the --client-cert password.")
        Path clientCertificatePasswordFile;

        @Option(
                names = "--allow-plain-http",
                description = "Send the token over plain http to targets other than loopback (a closed LAN only).")
        boolean allowPlainHttp;

        /** The pinned-certificate TLS context; null when no certificate is pinned (the JDK's default trust). */
        SSLContext tls() throws IOException {
            if (clientCertificate != null && clientCertificatePasswordFile == null) {
                throw new IllegalArgumentException("--client-cert needs --client-cert-password-file");
            }
            if (pinnedCertificates.isEmpty()) {
                if (clientCertificate != null) {
                    throw new IllegalArgumentException("--client-cert needs --pin-cert: the kiosks' certificates");
                }
                return null;
            }
            try {
                return PinnedTls.context(
                        pinnedCertificates,
                        clientCertificate,
                        clientCertificate == null ? null : PinnedTls.readPassword(clientCertificatePasswordFile));
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("cannot set up TLS: " + e.getMessage());
            }
        }

        /** Tokens never cross a network in the clear by accident. */
        void refusePlainHttp(List<URI> targets) {
            for (URI target : targets) {
                if ("http".equals(target.getScheme())
                        && !allowPlainHttp
                        && !org.legalkiosk.kiosk.config.AgentSettings.isLoopback(target.getHost())) {
                    throw new IllegalArgumentException(target + " is plain http: the token would cross the network "
                            + "unencrypted; use https with --pin-cert, or --allow-plain-http on a closed LAN");
                }
            }
        }

        Duration firstDelay() {
            String s = retryDelay.strip();
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            if (s.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            throw new NumberFormatException("'" + s + "' is not like 500ms or 2s");
        }
    }

    /** Reads the shared options, runs the call on every target, prints one line each, answers the exit code. */
    static int runOnFleet(CommandSpec spec, Fleet fleet, Duration timeout, CallFactory factory, Printer printer) {
        List<URI> targets;
        AgentClient client;
        FleetRunner runner;
        try {
            targets = Targets.read(fleet.targets);
            fleet.refusePlainHttp(targets);
            client = new AgentClient(Targets.token(fleet.tokenFile), timeout, fleet.tls());
            if (fleet.parallel < 1 || fleet.retries < 0) {
                throw new IllegalArgumentException("--parallel must be at least 1 and --retries at least 0");
            }
            runner = new FleetRunner(fleet.parallel, fleet.retries, fleet.firstDelay());
        } catch (IOException | IllegalArgumentException e) {
            return fail(spec, e.getMessage());
        }
        List<FleetRunner.Result> results;
        try {
            results = runner.run(targets, factory.call(client));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(spec, "interrupted");
        }
        PrintWriter out = spec.commandLine().getOut();
        printer.print(out, results);
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.println((results.size() - failed) + " of " + results.size() + " kiosks OK"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        out.flush();
        return failed > 0 ? SOME_FAILED : OK;
    }

    @FunctionalInterface
    interface CallFactory {
        FleetRunner.Call call(AgentClient client);
    }

    @FunctionalInterface
    interface Printer {
        void print(PrintWriter out, List<FleetRunner.Result> results);
    }

    static void printResults(PrintWriter out, List<FleetRunner.Result> results) {
        for (FleetRunner.Result r : results) {
            out.println(String.format(
                    "%-40s  %-6s  %s%s",
                    r.target(),
                    r.ok() ? "OK" : "FAILED",
                    r.detail(),
                    r.attempts() > 1 ? " (" + r.attempts() + " attempts)" : ""));
        }
    }

    private static int fail(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return USAGE;
    }

    @Command(
            name = "push",
            mixinStandardHelpOptions = true,
            description =
                    "Push a content bundle to every kiosk; a kiosk that already has it or a newer one counts as done.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every kiosk has the version", "1:some kiosks failed", "2:bad options or files"})
    static final class Push implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Fleet fleet;

        @Parameters(paramLabel = "BUNDLE", description = "The signed bundle file.")
        Path bundle;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(bundle)) {
                return fail(spec, bundle + " is not a file");
            }
            return runOnFleet(
                    spec,
                    fleet,
                    Duration.ofMinutes(10),
                    client -> target -> {
                        HttpRequest request;
                        try {
                            request = client.request(target, "/api/v1/content")
                                    .header("Content-Type", "application/zip")
                                    .PUT(HttpRequest.BodyPublishers.ofFile(bundle))
                                    .build();
                        } catch (IOException e) {
                            return FleetRunner.Attempt.failed("cannot read the bundle: " + e.getMessage(), false);
                        }
                        return client.send(request, new AgentClient.Answer() {
                            @Override
                            public FleetRunner.Attempt ok(JsonNode body) {
                                return FleetRunner.Attempt.ok(
                                        "version " + body.path("version").asLong() + " active", null);
                            }

                            @Override
                            public FleetRunner.Attempt refused(int status, String error, JsonNode body) {
                                return "not_newer".equals(error)
                                        ? FleetRunner.Attempt.ok(
                                                "up to date ("
                                                        + body.path("message").asText("") + ")",
                                                null)
                                        : null;
                            }
                        });
                    },
                    FleetCommand::printResults);
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "A table of every kiosk: reachable, app and content version, devices, last error.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Fleet fleet;

        @Override
        public Integer call() {
            return runOnFleet(
                    spec,
                    fleet,
                    Duration.ofSeconds(30),
                    client -> target -> client.send(
                            client.request(target, "/api/v1/status").GET().build(),
                            body -> FleetRunner.Attempt.ok("", body)),
                    Status::table);
        }

        static void table(PrintWriter out, List<FleetRunner.Result> results) {
            String format = "%-40s  %-9s  %-14s  %-16s  %-30s  %s%n";
            out.printf(format, "KIOSK", "REACHABLE", "APP", "CONTENT", "DEVICES", "LAST ERROR");
            for (FleetRunner.Result r : results) {
                if (!r.ok()) {
                    out.printf(format, r.target(), "no", "-", "-", "-", r.detail());
                    continue;
                }
                JsonNode s = (JsonNode) r.value();
                JsonNode c = s.path("content");
                String content = c.path("version").isNull() || c.path("version").isMissingNode()
                        ? "none"
                        : c.path("version").asText() + " " + c.path("label").asText("");
                if (c.path("pin").isObject()) {
                    // An admin's rollback holds this kiosk back; say so, or a fleet looks merely out of date.
                    content += " (pinned, rolled back from "
                            + c.path("pin").path("rolledBackFrom").asText() + ")";
                }
                List<String> devices = new ArrayList<>();
                s.path("devices")
                        .forEach(d -> devices.add(
                                d.path("name").asText() + ":" + d.path("state").asText()));
                JsonNode last = s.path("lastUpdate");
                String error = last.isObject() && !last.path("ok").asBoolean(true)
                        ? last.path("reason").asText() + " " + last.path("time").asText("")
                        : "";
                out.printf(
                        format,
                        r.target(),
                        "yes",
                        s.path("appVersion").asText("?"),
                        content,
                        devices.isEmpty() ? "none reported" : String.join(",", devices),
                        error);
            }
        }
    }

    @Command(
            name = "notice",
            mixinStandardHelpOptions = true,
            description = "Add or remove a notice on every kiosk.",
            subcommands = {NoticeAdd.class, NoticeRemove.class})
    static final class Notice implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add (or replace) a notice on every kiosk.")
    static final class NoticeAdd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Fleet fleet;

        @Option(names = "--id", required = true, description = "3-60 lower-case letters, digits or '-'.")
        String id;

        @Option(names = "--title-zh", required = true)
        String titleZh;

        @Option(names = "--title-en")
        String titleEn;

        @Option(names = "--body-zh")
        String bodyZh;

        @Option(names = "--body-en")
        String bodyEn;

        @Option(names = "--start", description = "ISO-8601 instant, e.g. 2026-12-01T00:00:00Z.")
        String start;

        @Option(names = "--end", description = "ISO-8601 instant.")
        String end;

        @Option(names = "--priority", description = "normal, high or urgent.")
        String priority;

        @Override
        public Integer call() {
            ObjectNode n = AgentClient.JSON.createObjectNode();
            n.put("id", id);
            ObjectNode title = n.putObject("title");
            title.put("zh", titleZh);
            if (titleEn != null) {
                title.put("en", titleEn);
            }
            if (bodyZh != null || bodyEn != null) {
                ObjectNode body = n.putObject("body");
                body.put("zh", bodyZh);
                if (bodyEn != null) {
                    body.put("en", bodyEn);
                }
            }
            if (start != null) {
                n.put("start", start);
            }
            if (end != null) {
                n.put("end", end);
            }
            if (priority != null) {
                n.put("priority", priority);
            }
            String json = n.toString();
            return runOnFleet(
                    spec,
                    fleet,
                    Duration.ofSeconds(30),
                    client -> target -> client.send(
                            client.request(target, "/api/v1/notices")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            body -> FleetRunner.Attempt.ok("notice " + id + " shown", null)),
                    FleetCommand::printResults);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a notice from every kiosk.")
    static final class NoticeRemove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Fleet fleet;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            String path = "/api/v1/notices/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            return runOnFleet(
                    spec,
                    fleet,
                    Duration.ofSeconds(30),
                    client -> target ->
                            client.send(client.request(target, path).DELETE().build(), new AgentClient.Answer() {
                                @Override
                                public FleetRunner.Attempt ok(JsonNode body) {
                                    return FleetRunner.Attempt.ok("notice " + id + " removed", null);
                                }

                                @Override
                                public FleetRunner.Attempt refused(int status, String error, JsonNode body) {
                                    return status == 404
                                            ? FleetRunner.Attempt.ok("no notice " + id + " (nothing to do)", null)
                                            : null;
                                }
                            }),
                    FleetCommand::printResults);
        }
    }
}
