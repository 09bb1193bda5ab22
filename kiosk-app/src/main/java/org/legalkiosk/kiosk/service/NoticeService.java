package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Notice;

import java.util.List;

/** The announcements to show now, most important first. */
public interface NoticeService {

    List<Notice> active();
}
