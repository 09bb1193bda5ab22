package org.legalkiosk.content.search;

/** Where a matched word stands in a shown text: characters {@code start} (inclusive) to {@code end}. */
record TextSpan(int start, int end) {}
