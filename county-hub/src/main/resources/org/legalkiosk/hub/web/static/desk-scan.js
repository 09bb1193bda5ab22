// Check-in on the office desk. The field is the way that always works: a USB QR scanner types the slip's payload
// and Enter into it (it has the focus when the page opens), or the officer types the code. Where the browser can
// read QR codes itself (BarcodeDetector, e.g. Chrome on Android, macOS, ChromeOS), a camera button is added as well;
// elsewhere nothing changes. The page works without this script.
(function () {
    'use strict';
    var field = document.getElementById('code');
    var form = document.getElementById('checkin');
    if (!field || !form) {
        return;
    }
    // A scan replaces whatever is left in the field instead of landing after it.
    field.select();

    var box = document.getElementById('camera-scan');
    if (!box || !('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
        if (formats.indexOf('qr_code') < 0) {
            return;
        }
        var detector = new window.BarcodeDetector({formats: ['qr_code']});
        var start = document.getElementById('camera-start');
        var video = document.getElementById('camera-video');
        var status = document.getElementById('camera-status');
        var stream = null;
        box.hidden = false;

        function stop() {
            if (stream) {
                stream.getTracks().forEach(function (track) { track.stop(); });
                stream = null;
            }
            video.hidden = true;
        }

        function look() {
            if (!stream) {
                return;
            }
            detector.detect(video).then(function (found) {
                if (found.length > 0) {
                    stop();
                    field.value = found[0].rawValue;
                    status.textContent = '已扫到，正在查找 / Scanned, looking it up';
                    form.submit(); // the hub reads the code out of the payload, as from a USB scanner
                } else {
                    window.setTimeout(look, 200);
                }
            }).catch(function () {
                window.setTimeout(look, 500);
            });
        }

        start.addEventListener('click', function () {
            if (stream) {
                stop();
                status.textContent = '';
                return;
            }
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.hidden = false;
                video.play();
                status.textContent = '请把小票上的二维码对准摄像头 / Hold the slip\u2019s QR code up to the camera';
                look();
            }).catch(function (e) {
                status.textContent = '摄像头打不开（' + e.name + '），请用扫码枪或输入预约码'
                    + ' / The camera cannot be opened: use the scanner or type the code';
            });
        });
    });
})();
