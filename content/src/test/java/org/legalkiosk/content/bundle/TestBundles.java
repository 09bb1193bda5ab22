package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import org.legalkiosk.content.TestContent;

/** Content folders and signed bundles for tests: the real sample content, or a tiny valid content folder. */
public final class TestBundles {

    public static final Instant CREATED = Instant.parse("2026-11-28T08:00:00Z");
    public static final String CHANGED_EXPLAINER = "explainers/succession/wills.zh.md";

    private TestBundles() {}

    /** A copy of the project's sample content (only the files a bundle carries). */
    public static Path copySampleContent(Path target) throws IOException {
        for (SourceFiles.SourceFile f :
                SourceFiles.collect(TestContent.bundledRoot()).files()) {
            Path to = target.resolve(f.path());
            Files.createDirectories(to.getParent());
            Files.copy(f.file(), to);
        }
        return target;
    }

    /** The smallest content that passes every check: one law, one category, one explainer. */
    public static Path writeSmallContent(Path target, String note) throws IOException {
        Files.createDirectories(target.resolve("explainers/succession"));
        Files.writeString(target.resolve("laws.yaml"), """
                - id: civil-code
                  name: {zh: 民法典, en: Civil Code}
                  articles: 1260
                  text: civil-code.zh.md
                """);
        Files.writeString(target.resolve("categories.yaml"), """
                - id: succession
                  name: {zh: 继承, en: Inheritance}
                  law: civil-code
                  book: 6
                """);
        Files.writeString(target.resolve(CHANGED_EXPLAINER), """
                ---
                id: wills
                title: 怎样立遗嘱？
                category: succession
                tags: [遗嘱]
                cites:
                  - law: civil-code
                    articles: [1134]
                lang: zh
                summary: 自己写的遗嘱要亲笔写、签名、写日期。
                updated: 2026-11-28
                ---

                ## 法律怎么说

                自己写遗嘱，要全部亲笔写。

                ## 您可以怎么做

                写清楚日期并签名。

                ## 去哪里求助

                拨打 12348。%s
                """.formatted(note.isEmpty() ? "" : "\n\n" + note));
        return target;
    }

    /** Adds a paragraph at the end of one explainer: the smallest real edit an author makes. */
    public static void changeExplainer(Path content, String paragraph) throws IOException {
        Files.writeString(
                content.resolve(CHANGED_EXPLAINER),
                "\n" + paragraph + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    public static BundleBuilder.Result build(Path source, SigningKeys.SigningKey key, long version, Path out)
            throws IOException {
        return build(source, key, version, Optional.empty(), out);
    }

    public static BundleBuilder.Result buildDelta(
            Path source, SigningKeys.SigningKey key, long version, Path base, Path out) throws IOException {
        try {
            return build(source, key, version, Optional.of(BaseManifest.read(base)), out);
        } catch (BundleException e) {
            throw new IOException(e);
        }
    }

    private static BundleBuilder.Result build(
            Path source, SigningKeys.SigningKey key, long version, Optional<BaseManifest> base, Path out)
            throws IOException {
        SourceFiles.Result files = SourceFiles.collect(source);
        if (!files.isClean()) {
            throw new IOException("test content has problems: " + files.problems());
        }
        return new BundleBuilder(BundleLimits.DEFAULT)
                .build(
                        files.files(),
                        key,
                        new BundleBuilder.Options("stable", version, "v" + version, "0.1.0", CREATED),
                        base,
                        out);
    }

    /** A bundle file written directly, for manifests the builder would never produce (they are still signed). */
    public static Path writeSigned(
            byte[] manifestJson, SigningKeys.SigningKey key, java.util.Map<String, byte[]> objects, Path out)
            throws IOException {
        try (var stream = Files.newOutputStream(out);
                BundleWriter writer = new BundleWriter(stream)) {
            writer.manifest(
                    manifestJson, ManifestSignature.sign(manifestJson, key).toBytes());
            for (var e : new java.util.TreeMap<>(objects).entrySet()) {
                writer.object(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    public static Path flipByte(Path bundle, int position, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[position] ^= (byte) 0xFF;
        return Files.write(out, bytes);
    }
}
