package org.legalkiosk.content.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What changed between two content versions, file by file. */
public record ManifestDiff(List<String> added, List<String> removed, List<String> changed, long bytesToTransfer) {

    public static ManifestDiff between(BundleManifest older, BundleManifest newer) {
        Map<String, ManifestEntry> before = byPath(older);
        Map<String, ManifestEntry> after = byPath(newer);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((path, entry) -> {
            ManifestEntry old = before.get(path);
            if (old == null) {
                added.add(path);
            } else if (!old.sha256().equals(entry.sha256())) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(removed::add);
        java.util.Set<String> known = older.objectHashes();
        long bytes = newer.files().stream()
                .filter(f -> !known.contains(f.sha256()))
                .collect(java.util.stream.Collectors.toMap(ManifestEntry::sha256, ManifestEntry::size, (a, b) -> a))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .sum();
        return new ManifestDiff(added, removed, changed, bytes);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, ManifestEntry> byPath(BundleManifest m) {
        Map<String, ManifestEntry> map = new TreeMap<>();
        m.files().forEach(f -> map.put(f.path(), f));
        return map;
    }
}
