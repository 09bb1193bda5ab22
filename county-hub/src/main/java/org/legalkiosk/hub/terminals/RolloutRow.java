package org.legalkiosk.hub.terminals;

import java.util.Map;

/**
 * One group's content rollout: the target the county set, and how many enrolled terminals report which version.
 *
 * @param byVersion reported content version ("—" when none yet) → number of terminals
 */
public record RolloutRow(String group, String channel, Long targetVersion, Map<String, Integer> byVersion) {

    public int terminals() {
        return byVersion.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Terminals already on the target version. */
    public int onTarget() {
        return targetVersion == null ? 0 : byVersion.getOrDefault(String.valueOf(targetVersion), 0);
    }
}
