package org.legalkiosk.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** The self-check comes with the content version on show, and a missing or broken one leaves the rest alone. */
class SelfCheckContentTest {

    @TempDir
    Path dir;

    /** The sample content's files, its self-check included (TestKiosk copies only explainers and catalogues). */
    static Path copyWithSelfCheck(Path target) throws java.io.IOException {
        Path copy = TestKiosk.copyOfContent(target);
        Path file = copy.resolve(LocalContentService.SELF_CHECK_FILE);
        Files.createDirectories(file.getParent());
        Files.copy(TestKiosk.contentSource().resolve(LocalContentService.SELF_CHECK_FILE), file);
        return copy;
    }

    @Test
    void theSampleContentCarriesTheLegalAidSelfCheck() {
        SelfCheck check = TestKiosk.content().selfCheck().orElseThrow();
        assertEquals("legal-aid", check.id());
        assertEquals("matter", check.first().id());
        assertTrue(check.hardship().orElseThrow().example(), "the sample's hardship figure is marked as an example");
    }

    @Test
    void contentWithoutASelfCheckOffersNone() throws Exception {
        Path content = TestKiosk.copyOfContent(dir.resolve("v1"));

        LocalContentService service = LocalContentService.open(content, Optional.empty());

        assertTrue(service.selfCheck().isEmpty());
        assertFalse(service.library().allExplainers().isEmpty());
    }

    @Test
    void aBrokenSelfCheckIsLeftOutButTheExplainersStayReadable() throws Exception {
        Path content = copyWithSelfCheck(dir.resolve("v1"));
        Path file = content.resolve(LocalContentService.SELF_CHECK_FILE);
        Files.writeString(file, Files.readString(file).replace("next: likely-migrant-worker", "next: nowhere"));

        LocalContentService service = LocalContentService.open(content, Optional.empty());

        assertTrue(Files.readString(file).contains("nowhere"));
        assertTrue(service.selfCheck().isEmpty(), "a questionnaire with a dead end is never shown");
        assertFalse(service.library().allExplainers().isEmpty());
    }

    @Test
    void aNewContentVersionBringsItsSelfCheckAtTheIdleMoment() throws Exception {
        Path withCheck = copyWithSelfCheck(dir.resolve("v1"));
        Path without = TestKiosk.copyOfContent(dir.resolve("v2"));
        LiveContentService live = new LiveContentService(LocalContentService.open(withCheck, Optional.empty()));

        live.offer(LocalContentService.open(without, Optional.empty()));
        assertTrue(live.selfCheck().isPresent(), "nothing changes under a visitor's finger");

        assertTrue(live.applyPendingUpdate());
        assertTrue(live.selfCheck().isEmpty());

        live.offer(LocalContentService.open(withCheck, Optional.empty()));
        live.applyPendingUpdate();
        assertEquals("legal-aid", live.selfCheck().orElseThrow().id());
    }
}
