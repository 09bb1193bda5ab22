package org.legalkiosk.kiosk.cli.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteJson;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.testing.TestKiosk;
import picocli.CommandLine;

class ImportStatuteCommandTest {

    @TempDir
    Path content;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyContentCatalogue() throws Exception {
        Path source = TestKiosk.contentSource();
        for (String f : new String[] {"laws.yaml", "categories.yaml"}) {
            Files.copy(source.resolve(f), content.resolve(f));
        }
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ImportStatuteCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static final String SMALL_LAW = "# 中华人民共和国测试法\n\n## 第一章 总则\n\n第一条 第一条的内容。\n\n第二条 第二条的内容。\n";

    @Test
    void importsTheOfficialTextAsContentThatTheKioskLoads() throws Exception {
        Path laws = TestKiosk.statutesInstalled()
                ? org.legalkiosk.content.statute.StatuteDirectory.locate().orElseThrow()
                : null;
        assumeTrue(laws != null, "official statutes not at hand (../shared/data/laws)");
        assertEquals(
                0,
                run(
                        laws.resolve("legal-aid-law.zh.md").toString(),
                        "--law-id",
                        "legal-aid-law",
                        "--content-dir",
                        content.toString()),
                err.toString());
        assertTrue(out.toString().contains("71 articles"), out.toString());
        Statute statute = StatuteJson.read(StatuteJson.fileFor(content, "legal-aid-law"));
        assertEquals(71, statute.articles().size());
        assertEquals("总则", statute.article(1).orElseThrow().chapter().heading());

        // A content folder with statutes/ brings its own texts: no statute folder needed.
        Files.createDirectories(content.resolve("explainers"));
        Files.writeString(content.resolve("notices.yaml"), "[]\n");
        var service = LocalContentService.open(content, Optional.empty());
        assertTrue(service.isStatuteInstalled("legal-aid-law"));
        assertTrue(service.article("legal-aid-law", 31).orElseThrow().text().startsWith("下列事项的当事人"));
    }

    @Test
    void refusesALawThatIsNotInTheCatalogue() throws Exception {
        Path file = content.resolve("test-law.md");
        Files.writeString(file, SMALL_LAW);
        assertEquals(
                ImportStatuteCommand.EXIT_INVALID,
                run(file.toString(), "--law-id", "penal-code", "--content-dir", content.toString()));
        assertTrue(err.toString().contains("law 'penal-code' is not in"), err.toString());
    }

    @Test
    void refusesATextWhoseArticleCountDisagreesWithTheCatalogue() throws Exception {
        Path file = content.resolve("test-law.md");
        Files.writeString(file, SMALL_LAW);
        assertEquals(
                ImportStatuteCommand.EXIT_INVALID,
                run(file.toString(), "--law-id", "legal-aid-law", "--content-dir", content.toString()));
        assertTrue(err.toString().contains("has 2 articles but laws.yaml says legal-aid-law has 71"), err.toString());
        assertTrue(Files.notExists(StatuteJson.fileFor(content, "legal-aid-law")), "nothing written");
    }

    @Test
    void refusesAMalformedTextWithItsLine() throws Exception {
        Path file = content.resolve("gap.md");
        Files.writeString(file, "# 法\n\n第一条 甲。\n\n第三条 丙。\n");
        assertEquals(
                ImportStatuteCommand.EXIT_INVALID,
                run(file.toString(), "--law-id", "legal-aid-law", "--content-dir", content.toString()));
        assertTrue(err.toString().contains("gap.md:5: article 3 follows article 1"), err.toString());
    }
}
