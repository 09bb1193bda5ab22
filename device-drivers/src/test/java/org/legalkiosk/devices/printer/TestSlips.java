package org.legalkiosk.devices.printer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Slips shared by the printer tests. */
public final class TestSlips {

    public static final String QR_PAYLOAD = "https://legalkiosk.example/booking/B-20240611-017?站=红旗村";

    private TestSlips() {}

    /** Everything the encoder can say: Chinese, bold, sizes, alignment, a QR code, a picture, a cut. */
    public static ReceiptDocument fullSlip() {
        return ReceiptDocument.builder()
                .align(Alignment.CENTER)
                .size(2, 2)
                .bold(true)
                .line("村级公共法律服务站")
                .normal()
                .align(Alignment.CENTER)
                .line("预约凭条 Booking slip")
                .normal()
                .line("--------------------------------")
                .line("预约编号：B-20240611-017")
                .line("时间：2024年6月11日 上午 9:30")
                .bold(true)
                .line("事项：土地承包经营权纠纷咨询")
                .bold(false)
                .line("请携带：身份证、承包合同、相关照片。")
                .size(1, 2)
                .line("窗口：2号")
                .normal()
                .align(Alignment.RIGHT)
                .line("甘肃省·红旗村")
                .align(Alignment.CENTER)
                .qr(QR_PAYLOAD, 6, QrErrorLevel.M)
                .image(logo())
                .align(Alignment.LEFT)
                .line("")
                .line("法律援助热线 12348")
                .feed(3)
                .cut()
                .build();
    }

    public static ReceiptDocument shortSlip(String text) {
        return ReceiptDocument.builder().line(text).cut().build();
    }

    /** A slip big enough that an unplug after a few hundred bytes hits its middle. */
    public static ReceiptDocument longSlip() {
        ReceiptDocument.Builder builder = ReceiptDocument.builder();
        for (int i = 0; i < 40; i++) {
            builder.line("第" + (i + 1) + "行：这是一张很长的测试凭条。");
        }
        return builder.image(logo()).cut().build();
    }

    /** A circle with a cross and a grey gradient bar, so dithering has something to do. */
    public static MonoImage logo() {
        BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.fillOval(10, 10, 100, 100);
        g.setColor(Color.WHITE);
        g.fillRect(55, 20, 10, 80);
        g.fillRect(20, 55, 80, 10);
        for (int x = 120; x < 195; x++) {
            int grey = (x - 120) * 255 / 75;
            g.setColor(new Color(grey, grey, grey));
            g.drawLine(x, 10, x, 110);
        }
        g.dispose();
        return MonoImage.of(image, MonoImage.Conversion.DITHER);
    }
}
