package org.legalkiosk.content.statute;

/** A book (编), chapter (章) or section (节) of a statute: its number and its title, e.g. 5 and "婚姻家庭". */
public record Division(int number, String heading) {}
