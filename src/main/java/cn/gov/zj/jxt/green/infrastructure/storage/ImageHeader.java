package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/**
 * The pixel size an image declares in its header, read without decoding the image: a few kilobytes can
 * declare a picture that takes gigabytes to decode (a decompression bomb).
 */
record ImageHeader(int width, int height) {

    static ImageHeader read(FileKind kind, byte[] image) {
        ImageHeader header = switch (kind) {
            case PNG -> png(image);
            case JPEG -> jpeg(image);
            default -> throw new IllegalArgumentException("not an image: " + kind);
        };
        if (header.width <= 0 || header.height <= 0) {
            throw corrupt();
        }
        return header;
    }

    /** The signature (8 bytes), then the IHDR chunk: length, type, width and height as big-endian ints. */
    private static ImageHeader png(byte[] image) {
        if (image.length < 24 || image[12] != 'I' || image[13] != 'H' || image[14] != 'D' || image[15] != 'R') {
            throw corrupt();
        }
        return new ImageHeader(int32(image, 16), int32(image, 20));
    }

    /**
     * Walks the marker segments up to the frame header (SOF), which holds the height and the width. A scan
     * (SOS) or the end (EOI) before any frame header means a broken file.
     */
    private static ImageHeader jpeg(byte[] image) {
        int at = 2;
        while (at + 4 <= image.length) {
            if ((image[at] & 0xFF) != 0xFF) {
                throw corrupt();
            }
            int marker = image[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte before a marker
            } else if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                at += 2; // markers without a segment: TEM, RSTn, SOI
            } else if (marker == 0xD9 || marker == 0xDA) {
                throw corrupt();
            } else {
                int length = uint16(image, at + 2);
                if (length < 2) {
                    throw corrupt();
                }
                if (isFrameHeader(marker)) {
                    if (at + 9 > image.length) {
                        throw corrupt();
                    }
                    return new ImageHeader(uint16(image, at + 7), uint16(image, at + 5));
                }
                at += 2 + length;
            }
        }
        throw corrupt();
    }

    /** SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static RejectedUploadException corrupt() {
        return new RejectedUploadException("corrupt");
    }
}
