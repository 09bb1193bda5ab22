package org.legalkiosk.booking.print;

import java.time.LocalDateTime;
import java.util.List;

/** A sample booking whose clear-text personal data tests can look for (and must never find) on the slip. */
final class Slips {

    static final String FULL_ID = "620102199003071234";
    static final String FULL_PHONE = "13812345678";
    static final String MASKED_ID = "620102********1234";
    static final String MASKED_PHONE = "138****5678";
    static final String CODE = "K7M-4QX9";
    static final String OFFICE = "榆中县城关镇司法所";

    private Slips() {}

    static SlipContent sample(SlipLanguage language) {
        return new SlipContent(
                OFFICE,
                "甘肃省兰州市榆中县城关镇栖云北路 108 号便民服务中心二楼",
                "0931-5221234",
                language == SlipLanguage.ZH ? "法律援助" : "Legal aid (法律援助)",
                LocalDateTime.of(2026, 12, 3, 9, 30),
                CODE,
                language == SlipLanguage.ZH
                        ? List.of("本人居民身份证原件", "劳动合同、工资条或考勤记录等与欠薪有关的材料", "本预约凭条")
                        : List.of(
                                "Your resident ID card",
                                "Employment contract, pay slips or attendance records",
                                "This slip"),
                "王*",
                MASKED_ID,
                MASKED_PHONE,
                language);
    }
}
