/**
 * Benchmarks run by {@code legalkiosk bench}: each measures our code against a baseline measured in the same
 * run on the same data (a plain substring scan, raw SHA-256 hashing, a plain SQLite INSERT with the same pragmas),
 * so the figures are ratios that survive a noisy shared machine. Timings are never asserted in tests.
 */
package org.legalkiosk.kiosk.bench;
