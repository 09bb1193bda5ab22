package org.legalkiosk.kiosk.service.forms;

/** Where the anonymous count of printed forms goes: the form's id and nothing about who printed it. */
public interface FormStatistics {

    void printed(String formId);

    FormStatistics NONE = formId -> {};
}
