/**
 * The county's reports: counts over the terminals' events (bookings per office, service and week, waiting days,
 * self-check outcomes, topic demand, searches that found nothing, callback topics) for the console page and its
 * CSV/XLSX downloads. Only ids and counts: no name, phone or ID number is ever read here.
 */
package org.legalkiosk.hub.reports;
