package org.legalkiosk.kiosk.cli;

/**
 * A {@code legalkiosk} subcommand that is not part of the product jar and joins the command line when its jar is on
 * the classpath: the benchmarks ({@code legalkiosk bench}, module {@code bench}) are a developer's tool and stay out
 * of what a terminal runs. An implementation is a picocli {@code @Command} with a public no-argument constructor,
 * listed in {@code META-INF/services/org.legalkiosk.kiosk.cli.ExtraCommand} of its jar.
 */
public interface ExtraCommand {}
