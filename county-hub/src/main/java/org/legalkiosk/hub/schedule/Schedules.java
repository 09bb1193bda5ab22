package org.legalkiosk.hub.schedule;

import javax.sql.DataSource;

/** The schedule stores the console edits, over one database. */
public record Schedules(OfficeStore offices, PlanStore plans, CalendarStore calendar) {

    public static Schedules over(DataSource db) {
        return new Schedules(new OfficeStore(db), new PlanStore(db), new CalendarStore(db));
    }
}
