package org.legalkiosk.content.statute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.PathParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statute texts installed on this terminal. A terminal may have none of them: every lookup answers
 * "not installed" rather than failing, so explainers still show their article chips.
 */
public final class StatuteLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(StatuteLibrary.class);

    private final Map<String, Statute> statutes;

    public StatuteLibrary(Collection<Statute> statutes) {
        Map<String, Statute> byLaw = new HashMap<>();
        statutes.forEach(s -> byLaw.put(s.lawId(), s));
        this.statutes = Map.copyOf(byLaw);
    }

    public static StatuteLibrary empty() {
        return new StatuteLibrary(List.of());
    }

    /**
     * Loads, for each law that names a text file, that file from {@code directory} when it is there. A file that
     * is present but unreadable is logged and left out: a broken statute must not keep the kiosk from starting.
     */
    public static StatuteLibrary load(Path directory, Collection<Law> laws) {
        if (directory == null || !Files.isDirectory(directory)) {
            return empty();
        }
        List<Statute> loaded = new java.util.ArrayList<>();
        for (Law law : laws) {
            if (law.text().isEmpty()) {
                continue;
            }
            Path file = directory.resolve(law.text().get());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                loaded.add(StatuteParser.parse(
                        law.id(), PathParts.fileName(file), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | StatuteFormatException e) {
                LOG.warn("Statute {} left out: {}", law.id(), e.getMessage());
            }
        }
        return new StatuteLibrary(loaded);
    }

    /**
     * Loads the statutes shipped with a content version ({@code statutes/<law-id>.json}) for the laws it lists.
     * A broken file is logged and left out, like a missing one.
     */
    public static StatuteLibrary loadFromContent(Path contentRoot, Collection<Law> laws) {
        List<Statute> loaded = new java.util.ArrayList<>();
        for (Law law : laws) {
            Path file = StatuteJson.fileFor(contentRoot, law.id());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Statute statute = StatuteJson.read(file);
                if (!statute.lawId().equals(law.id())) {
                    LOG.warn("Statute file {} holds law {}, left out", file, statute.lawId());
                    continue;
                }
                loaded.add(statute);
            } catch (IOException | StatuteFormatException e) {
                LOG.warn("Statute {} left out: {}", law.id(), e.getMessage());
            }
        }
        return new StatuteLibrary(loaded);
    }

    public boolean isInstalled(String lawId) {
        return statutes.containsKey(lawId);
    }

    public Optional<Statute> statute(String lawId) {
        return Optional.ofNullable(statutes.get(lawId));
    }

    public Optional<StatuteArticle> article(String lawId, int number) {
        return statute(lawId).flatMap(s -> s.article(number));
    }

    public int size() {
        return statutes.size();
    }
}
