package org.legalkiosk.hub.callbacks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topics a kiosk offers for a callback, by the ids it sends (the booking's matters, kiosk-app
 * {@code service.callback.CallbackTopics}), named for the console. An id the hub does not know is kept as sent and
 * shown as "other", so a newer kiosk's topic is never lost.
 */
public final class CallbackTopics {

    private static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("unpaid-wages", new String[] {"讨要工资", "Unpaid wages"});
        NAMES.put("injury-compensation", new String[] {"受伤赔偿", "Injury compensation"});
        NAMES.put("support-payments", new String[] {"赡养费、抚养费", "Support payments"});
        NAMES.put("benefits", new String[] {"社保、低保、抚恤金", "Social benefits"});
        NAMES.put("domestic-violence", new String[] {"家庭暴力、虐待、遗弃", "Domestic violence"});
        NAMES.put("land", new String[] {"土地、宅基地", "Land"});
        NAMES.put("marriage-family", new String[] {"婚姻家庭", "Marriage and family"});
        NAMES.put("inheritance", new String[] {"继承遗产", "Inheritance"});
        NAMES.put("loan", new String[] {"借钱、欠款", "Loans and debts"});
        NAMES.put("neighbours", new String[] {"邻里纠纷", "Neighbours"});
        NAMES.put("other", new String[] {"其他事情", "Other"});
    }

    private CallbackTopics() {}

    public static boolean known(String id) {
        return NAMES.containsKey(id);
    }

    public static String zh(String id) {
        return NAMES.getOrDefault(id, NAMES.get("other"))[0];
    }

    public static String en(String id) {
        return NAMES.getOrDefault(id, NAMES.get("other"))[1];
    }
}
