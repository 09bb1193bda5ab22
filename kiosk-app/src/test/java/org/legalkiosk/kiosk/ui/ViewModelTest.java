package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Notice;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;
import org.legalkiosk.kiosk.ui.explainers.ArticleViewModel;
import org.legalkiosk.kiosk.ui.explainers.CategoryGridViewModel;
import org.legalkiosk.kiosk.ui.explainers.ExplainerListViewModel;
import org.legalkiosk.kiosk.ui.explainers.ExplainerPageViewModel;
import org.legalkiosk.kiosk.ui.home.HomeViewModel;
import org.legalkiosk.kiosk.ui.notices.NoticesViewModel;
import org.legalkiosk.kiosk.ui.search.SearchViewModel;

/** Screen logic, tested without a screen. */
class ViewModelTest {

    private final ScreenContext context = TestKiosk.context(TestKiosk.content());

    @Test
    void homeOffersFiveTilesLeadingToTheirScreens() {
        HomeViewModel home = new HomeViewModel(context);
        assertEquals(
                List.of("法律知识", "搜索", "预约", "法律援助自测", "通知"),
                home.tiles().stream().map(HomeViewModel.Tile::title).toList());
        home.open(home.tiles().get(0));
        assertEquals(new Route.Categories(), context.navigator().current());
        context.navigator().home();
        home.open(home.tiles().get(2));
        assertEquals(new Route.BookingStart(null, null), context.navigator().current());
        context.navigator().home();
        home.open(home.tiles().get(3));
        assertEquals(new Route.SelfCheck(), context.navigator().current());
    }

    @Test
    void homeShowsTheMostImportantActiveNotice() {
        HomeViewModel home = new HomeViewModel(context);
        assertTrue(home.banner().orElseThrow().title().contains("律师来村里"), "the high-priority notice comes first");
        assertTrue(home.spokenText().startsWith("村级公共法律服务站。"));
    }

    @Test
    void noticesAreOrderedByPriority() {
        var library = context.content().library();
        var notices = library.activeNotices(TestKiosk.NOW);
        assertEquals(Notice.Priority.HIGH, notices.get(0).priority());
        assertEquals(2, new NoticesViewModel(context).items().size());
        assertTrue(
                library.activeNotices(java.time.Instant.parse("2031-01-01T00:00:00Z"))
                        .isEmpty(),
                "expired notices vanish");
    }

    @Test
    void categoryGridCountsExplainersAndOpensTheList() {
        CategoryGridViewModel grid = new CategoryGridViewModel(context);
        assertEquals(13, grid.items().size());
        CategoryGridViewModel.Item succession = grid.items().stream()
                .filter(i -> i.id().equals("succession"))
                .findFirst()
                .orElseThrow();
        assertEquals("继承", succession.name());
        assertTrue(succession.count() >= 5);
        grid.open(succession);
        assertEquals(new Route.ExplainerList("succession"), context.navigator().current());
    }

    @Test
    void englishListPutsTranslatedExplainersFirstAndMarksTheRest() {
        context.session().languageProperty().set(Language.EN);
        ExplainerListViewModel list = new ExplainerListViewModel(context, "succession");
        assertEquals("Inheritance", list.title());
        assertFalse(list.items().get(0).untranslated());
        assertTrue(list.items().get(list.items().size() - 1).untranslated());
        assertEquals("(in Chinese)", list.untranslatedBadge());
    }

    @Test
    void explainerChipsNameLawAndArticleTheWayEachLanguageDoes() {
        ExplainerPageViewModel zh = new ExplainerPageViewModel(context, "inheritance-order");
        assertTrue(
                zh.chips().contains(new ArticleChip("civil-code", 1127, "民法典 第一千一百二十七条")),
                zh.chips().toString());
        assertEquals("继承", zh.categoryName());
        context.session().languageProperty().set(Language.EN);
        ExplainerPageViewModel en = new ExplainerPageViewModel(context, "inheritance-order");
        assertTrue(
                en.chips().contains(new ArticleChip("civil-code", 1127, "Civil Code Art. 1127")),
                en.chips().toString());
        assertEquals(Language.EN, en.textLanguage());
    }

    @Test
    void anUntranslatedExplainerFallsBackToChinese() {
        context.session().languageProperty().set(Language.EN);
        ExplainerPageViewModel page = new ExplainerPageViewModel(context, "bride-price");
        assertTrue(page.exists());
        assertEquals(Language.ZH, page.textLanguage());
    }

    @Test
    void tappingAChipShowsTheOfficialText() {
        assumeTrue(TestKiosk.statutesInstalled(), "official statutes not at hand (../shared/data/laws)");
        ExplainerPageViewModel page = new ExplainerPageViewModel(context, "inheritance-order");
        ArticleViewModel[] opened = new ArticleViewModel[1];
        page.setArticleOpener(a -> opened[0] = a);
        page.openArticle(new ArticleChip("civil-code", 1127, "民法典 第一千一百二十七条"));
        assertTrue(opened[0].isInstalled());
        assertEquals("第六编 继承 · 第二章 法定继承", opened[0].where());
        assertEquals("遗产按照下列顺序继承：", opened[0].paragraphs().get(0));
    }

    @Test
    void aChipOfALawThatIsNotInstalledSaysSoPlainly() {
        ScreenContext bare = TestKiosk.context(TestKiosk.contentWithoutStatutes());
        ArticleViewModel article = new ExplainerPageViewModel(bare, "inheritance-order")
                .openArticle(new ArticleChip("civil-code", 1127, "民法典 第一千一百二十七条"));
        assertFalse(article.isInstalled());
        assertTrue(article.notInstalledMessage().startsWith("本机没有安装这条法律的原文"));
        assertTrue(article.paragraphs().isEmpty());
        assertTrue(article.spokenText().contains("本机没有安装"));
    }

    @Test
    void aMissingExplainerIsExplainedNotCrashedOn() {
        ExplainerPageViewModel page = new ExplainerPageViewModel(context, "no-such-explainer");
        assertFalse(page.exists());
        assertTrue(page.chips().isEmpty());
        assertEquals(page.missingMessage(), page.spokenText());
    }

    @Test
    void linksBetweenExplainersOpenTheTarget() {
        ExplainerPageViewModel page = new ExplainerPageViewModel(context, "inheritance-order");
        page.openExplainer("wills");
        assertEquals(new Route.ExplainerPage("wills"), context.navigator().current());
        page.openExplainer("does-not-exist");
        assertEquals(new Route.ExplainerPage("wills"), context.navigator().current(), "a dead link goes nowhere");
    }

    @Test
    void spokenTextOfAnExplainerIsItsWordsWithoutMarkup() {
        String spoken = new ExplainerPageViewModel(context, "inheritance-order").spokenText();
        assertTrue(spoken.startsWith("老人去世没留遗嘱，遗产怎么分？。"), spoken);
        assertFalse(spoken.contains("##"));
        assertFalse(spoken.contains("**"));
        assertTrue(spoken.contains("12348"));
    }

    @Test
    void theSearchScreenKeepsHearingAboutNewResultsAfterGarbageCollection() {
        SearchViewModel search = new SearchViewModel(context, "");
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        // The screen subscribes once; the lists it subscribed to must be the ones later changes go through, even
        // after the collector has run (a throw-away read-only view would be collected, listener and all).
        search.results().addListener((javafx.collections.ListChangeListener<SearchViewModel.Result>)
                c -> heard.incrementAndGet());
        assertSame(search.results(), search.results());
        assertSame(search.suggestions(), search.suggestions());
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        search.choose("赔偿");
        assertTrue(heard.get() > 0, "the listener heard the new results");
        assertFalse(search.results().isEmpty(), "赔偿 is a common problem with explainers");
    }
}
