package org.legalkiosk.booking.print;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The fixed wording of a slip in one language, shared by the receipt and the PDF so they say the same. */
public record SlipText(
        String title,
        String address,
        String phone,
        String service,
        String time,
        String code,
        String bring,
        String name,
        String idNumber,
        String mobile,
        String hotline,
        String keep,
        DateTimeFormatter timeFormat) {

    private static final SlipText ZH = new SlipText(
            "预约凭条",
            "地址：",
            "电话：",
            "服务：",
            "时间：",
            "预约码",
            "请携带：",
            "姓名：",
            "身份证：",
            "手机：",
            "12348 公共法律服务热线",
            "请凭预约码按时到场，如需取消请在终端输入预约码。",
            DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE HH:mm", Locale.CHINA));

    private static final SlipText EN = new SlipText(
            "Appointment slip",
            "Address: ",
            "Phone: ",
            "Service: ",
            "Time: ",
            "Booking code",
            "Please bring:",
            "Name: ",
            "ID: ",
            "Mobile: ",
            "Legal services hotline 12348",
            "Show this code when you arrive. To cancel, enter the code at the terminal.",
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK));

    public static SlipText of(SlipLanguage language) {
        return language == SlipLanguage.ZH ? ZH : EN;
    }
}
