package org.legalkiosk.hub.content;

import org.legalkiosk.content.bundle.BundleException;

/**
 * What a county admin reads when the hub refuses a bundle: the cause in plain Chinese with what to do about it, and
 * the verifier's exact message in English for whoever builds the bundles.
 */
final class RefusalMessages {

    private RefusalMessages() {}

    static UploadRefused of(BundleException e, long maxUploadBytes) {
        String detail = e.getMessage();
        return switch (e.reason()) {
            case BAD_SIGNATURE ->
                new UploadRefused(
                        400,
                        "签名不正确：文件在签名后被改动过或已损坏。请从制作内容包的电脑重新拷贝原文件后再上传。",
                        "Bad signature: the file was altered or damaged after signing (" + detail + ")");
            case UNKNOWN_KEY ->
                new UploadRefused(
                        400,
                        "签名密钥不在本县的可信公钥中：这个内容包不是用本县的密钥签名的。请确认来源，或请管理员先安装新的公钥。",
                        "Unknown key: not signed by a key the county trusts (" + detail + ")");
            case TOO_LARGE -> tooLarge(maxUploadBytes, detail);
            case MISSING_OBJECT ->
                new UploadRefused(
                        400,
                        "这是一个增量包，平台上缺少它所依据的版本的文件。请先上传基础版本的完整包，或直接上传此版本的完整包。",
                        "A delta bundle whose base is not on the hub: upload the base's full bundle first (" + detail
                                + ")");
            case BAD_MANIFEST, UNSAFE_PATH, TRUNCATED, CORRUPT_ARCHIVE, HASH_MISMATCH -> malformed(detail);
            default -> new UploadRefused(400, "内容包无法使用：" + e.reason(), "The bundle cannot be used (" + detail + ")");
        };
    }

    static UploadRefused malformed(String detail) {
        return new UploadRefused(
                400,
                "文件格式不对：这不是一个完整的内容包（.lkb），可能选错了文件或文件没有拷贝完整。",
                "Malformed: not a complete content bundle (" + detail + ")");
    }

    static UploadRefused tooLarge(long maxUploadBytes, String detail) {
        return new UploadRefused(
                413,
                "文件太大：内容包最大 " + (maxUploadBytes >> 20) + " MB。",
                "Too large: a bundle is at most " + (maxUploadBytes >> 20) + " MiB"
                        + (detail == null ? "" : " (" + detail + ")"));
    }
}
