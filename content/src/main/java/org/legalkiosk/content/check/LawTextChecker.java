package org.legalkiosk.content.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.LawText;
import org.legalkiosk.content.source.ContentProblem;

/**
 * Checks each explainer's {@code lawText} against the statute file's own dates: an "in force" date must be one the
 * text gives as "自…起施行", an amendment or revision date one its header records as 修正 or 修订, and the header must
 * record no later amendment or revision, or the explainer rests on a superseded text. Laws whose text is not
 * installed are not checked (reported as unverified).
 */
public final class LawTextChecker {

    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern IN_FORCE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");
    private static final String HEADER_END = "<!-- INFO END -->";

    /** The dates one statute file gives itself. */
    record StatuteDates(List<LocalDate> inForce, List<LocalDate> amended, List<LocalDate> revised) {

        Optional<LocalDate> latestChange() {
            List<LocalDate> all = new ArrayList<>(amended);
            all.addAll(revised);
            return all.stream().max(LocalDate::compareTo);
        }
    }

    public record Report(List<ContentProblem> problems, List<String> unverifiedLaws, int checked) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private final Path statuteDir;

    public LawTextChecker(Path statuteDir) {
        this.statuteDir = statuteDir;
    }

    public Report check(ContentLibrary library) throws IOException {
        List<ContentProblem> problems = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        int checked = 0;
        for (Explainer e : library.allExplainers()) {
            if (e.lawTextOf().isEmpty()) {
                continue;
            }
            LawText claimed = e.lawText();
            String lawId = e.principalCitation().lawId();
            Optional<Path> file = library.law(lawId)
                    .flatMap(l -> l.text())
                    .map(statuteDir::resolve)
                    .filter(Files::isRegularFile);
            if (file.isEmpty()) {
                if (!unverified.contains(lawId)) {
                    unverified.add(lawId);
                }
                continue;
            }
            checked++;
            StatuteDates dates = read(file.get());
            List<LocalDate> allowed = switch (claimed.event()) {
                case IN_FORCE -> dates.inForce();
                case AMENDED -> dates.amended();
                case REVISED -> dates.revised();
            };
            if (!allowed.contains(claimed.date())) {
                problems.add(new ContentProblem(
                        e.source(),
                        1,
                        "lawText " + claimed.date() + " " + claimed.event().code()
                                + " is not a date " + file.get().getFileName() + " gives for that (it has: in force "
                                + dates.inForce()
                                + ", amended " + dates.amended() + ", revised " + dates.revised() + ")"));
                continue;
            }
            Optional<LocalDate> latest = dates.latestChange();
            if (latest.isPresent() && latest.get().isAfter(claimed.date())) {
                problems.add(new ContentProblem(
                        e.source(),
                        1,
                        "lawText " + claimed.date() + " is older than the "
                                + latest.get() + " amendment " + file.get().getFileName()
                                + " records: check the explainer"
                                + " against the current text and update lawText"));
            }
        }
        return new Report(problems, unverified, checked);
    }

    static StatuteDates read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf(HEADER_END);
        String header = end < 0 ? "" : text.substring(0, end);
        List<LocalDate> inForce = new ArrayList<>();
        Matcher m = IN_FORCE.matcher(text);
        while (m.find()) {
            inForce.add(date(m));
        }
        List<LocalDate> amended = new ArrayList<>();
        List<LocalDate> revised = new ArrayList<>();
        for (String line : header.split("\n")) {
            Matcher d = DATE.matcher(line);
            if (!d.find()) {
                continue;
            }
            if (line.contains("修正")) {
                amended.add(date(d));
            } else if (line.contains("修订")) {
                revised.add(date(d));
            }
        }
        return new StatuteDates(inForce, amended, revised);
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
