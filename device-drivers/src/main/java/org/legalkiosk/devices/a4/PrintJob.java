package org.legalkiosk.devices.a4;

/** A job the queue accepted, e.g. {@code PDF-12} on queue {@code PDF}. */
public record PrintJob(String jobId, String queue) {}
