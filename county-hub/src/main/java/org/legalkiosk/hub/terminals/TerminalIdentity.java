package org.legalkiosk.hub.terminals;

/** An authenticated terminal: who it is and where it belongs. */
public record TerminalIdentity(String id, String township, String group) {}
