package org.legalkiosk.kiosk.ui.selfcheck;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * Before the first question: what the check is, that the legal-aid centre decides, how many questions at most, and
 * that nothing is kept. On a terminal whose content has no self-check it says so and offers the explainers.
 */
public final class SelfCheckIntroViewModel {

    private final ScreenContext context;
    private final SelfCheckJourney journey;
    private final Optional<SelfCheck> check;
    private final Messages m;

    public SelfCheckIntroViewModel(ScreenContext context, SelfCheckJourney journey) {
        this.context = context;
        this.journey = journey;
        this.check = context.content().selfCheck();
        this.m = context.messages();
    }

    public boolean isAvailable() {
        return check.isPresent();
    }

    public String title() {
        return m.get("selfCheck.title");
    }

    /** The check's own question, e.g. "我能不能申请法律援助？". */
    public String heading() {
        return check.map(c -> c.title().in(context.language())).orElse(m.get("selfCheck.unavailable"));
    }

    /** Short paragraphs, one idea each. */
    public List<String> paragraphs() {
        if (check.isEmpty()) {
            return List.of(m.get("unavailable.meanwhile"));
        }
        int questions = QuestionCount.atMost(check.get(), check.get().first());
        return List.of(
                m.get("selfCheck.intro.what"),
                m.get("selfCheck.intro.count", questions),
                m.get("selfCheck.intro.decides"),
                m.get("selfCheck.intro.privacy"));
    }

    public String startLabel() {
        return m.get("selfCheck.start");
    }

    /** Starts a fresh walk (forgetting any earlier one) and opens the first question. */
    public void start() {
        check.ifPresent(c -> {
            journey.start(c);
            context.navigator().open(new Route.SelfCheckQuestion(0));
        });
    }

    public String browseLabel() {
        return m.get("unavailable.browse");
    }

    public void browse() {
        context.navigator().home();
        context.navigator().open(new Route.Categories());
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(heading()).append("。");
        paragraphs().forEach(sb::append);
        return sb.append(check.isPresent() ? startLabel() : browseLabel())
                .append("。")
                .toString();
    }
}
