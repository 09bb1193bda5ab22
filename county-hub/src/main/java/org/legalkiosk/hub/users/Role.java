package org.legalkiosk.hub.users;

/** What a console user may do. */
public enum Role {
    /** Everything: terminals, notices, rollouts, the audit log. */
    COUNTY_ADMIN("县级管理员", "County admin"),
    /** Sees and acts on the terminals of one township only. */
    TOWNSHIP_OFFICER("乡镇专员", "Township officer"),
    /** Reads everything, changes nothing. */
    AUDITOR("审计员", "Auditor");

    private final String zh;
    private final String en;

    Role(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
