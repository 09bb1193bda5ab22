package org.legalkiosk.content.store;

import java.util.List;

/** What a garbage collection removed. */
public record GcReport(List<Long> removedVersions, int removedObjects, long freedObjectBytes) {}
