/**
 * Still pictures: a V4L2 webcam through {@code ffmpeg}, the Raspberry Pi camera through {@code rpicam-still}
 * (both as processes, so no native library ships with the kiosk), a simulated camera that serves images from a
 * folder, and {@link org.legalkiosk.devices.camera.QrScanner} for booking check-in.
 */
package org.legalkiosk.devices.camera;
