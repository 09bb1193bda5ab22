package org.legalkiosk.hub.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legalkiosk.hub.protocol.HubNotice;

/**
 * A notice as composed on the console, before it is saved. {@link #problems()} lists every field that is wrong,
 * keyed by the form field's name, so the form can show them all at once and keep what was typed.
 *
 * @param groups the target groups; empty means every terminal
 */
public record NoticeDraft(
        String titleZh,
        String titleEn,
        String bodyZh,
        String bodyEn,
        boolean urgent,
        Instant startsAt,
        Instant endsAt,
        List<String> groups) {

    public NoticeDraft {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(titleZh)) {
            problems.put("titleZh", "请填写中文标题 / Enter a Chinese title");
        } else if (titleZh.length() > HubNotice.MAX_TITLE) {
            problems.put(
                    "titleZh", "标题最多 " + HubNotice.MAX_TITLE + " 字 / At most " + HubNotice.MAX_TITLE + " characters");
        }
        if (!blank(titleEn) && titleEn.length() > HubNotice.MAX_TITLE) {
            problems.put(
                    "titleEn", "标题最多 " + HubNotice.MAX_TITLE + " 字 / At most " + HubNotice.MAX_TITLE + " characters");
        }
        if (blank(bodyZh)) {
            problems.put("bodyZh", "请填写中文内容 / Enter the Chinese text");
        } else if (bodyZh.length() > HubNotice.MAX_BODY) {
            problems.put("bodyZh", "内容最多 " + HubNotice.MAX_BODY + " 字 / At most " + HubNotice.MAX_BODY + " characters");
        }
        if (!blank(bodyEn) && bodyEn.length() > HubNotice.MAX_BODY) {
            problems.put("bodyEn", "内容最多 " + HubNotice.MAX_BODY + " 字 / At most " + HubNotice.MAX_BODY + " characters");
        }
        if (startsAt == null) {
            problems.put("startsAt", "请填写开始时间 / Enter when it starts");
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.put("endsAt", "结束时间须晚于开始时间 / The end must be after the start");
        }
        return problems;
    }

    public List<String> groupsOrAll() {
        return new ArrayList<>(groups);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
