package org.legalkiosk.devices.idcard;

import java.util.Optional;

/**
 * Turns the raw WLT photo of a card into an image file (BMP, PNG). The WLT format is decodable only with a
 * vendor library that is not ours to ship, so the kiosk keeps photos raw and a terminal that has a licensed
 * decoder plugs it in here.
 */
@FunctionalInterface
public interface PhotoDecoder {

    /** Decodes nothing: every kiosk feature works without the photo. */
    PhotoDecoder NONE = wlt -> Optional.empty();

    /** The decoded image file, or empty when this decoder cannot decode the photo. */
    Optional<byte[]> decode(byte[] wlt);
}
