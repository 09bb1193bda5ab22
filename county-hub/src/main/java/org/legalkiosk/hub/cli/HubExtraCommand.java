package org.legalkiosk.hub.cli;

/**
 * A {@code county-hub} subcommand that is not part of the hub's jar and joins the command line when its classes are
 * on the classpath: the load benchmark ({@code county-hub bench}, in county-hub's test classes) is a developer's tool
 * and stays out of what a county runs. An implementation is a picocli {@code @Command} with a public no-argument
 * constructor, listed in {@code META-INF/services/org.legalkiosk.hub.cli.HubExtraCommand}.
 */
public interface HubExtraCommand {}
