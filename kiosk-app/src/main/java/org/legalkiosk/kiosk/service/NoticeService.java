package org.legalkiosk.kiosk.service;

import java.util.List;

import org.legalkiosk.content.model.Notice;

/** The announcements to show now, most important first. */
public interface NoticeService {

    List<Notice> active();
}
