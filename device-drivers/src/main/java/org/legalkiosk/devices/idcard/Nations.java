package org.legalkiosk.devices.idcard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The ethnic-group codes of GB/T 3304 printed on resident ID cards. */
public final class Nations {

    private static final Map<String, String> BY_CODE = table();

    private Nations() {}

    /** The name for a two-digit code, e.g. {@code 01} → 汉. */
    public static Optional<String> nameOf(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The two-digit code for a name, e.g. 东乡 → {@code 26}. */
    public static Optional<String> codeOf(String name) {
        return BY_CODE.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public static Map<String, String> all() {
        return Collections.unmodifiableMap(BY_CODE);
    }

    private static Map<String, String> table() {
        String[] names = {
            "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
            "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
            "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴",
            "珞巴", "基诺"
        };
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            table.put(String.format("%02d", i + 1), names[i]);
        }
        table.put("97", "其他");
        table.put("98", "外国血统中国籍人士");
        return table;
    }
}
