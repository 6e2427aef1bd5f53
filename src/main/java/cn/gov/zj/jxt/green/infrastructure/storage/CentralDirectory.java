package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/**
 * How many entries a ZIP's central directory lists, read from its end record (APPNOTE 4.3.16, and 4.3.14
 * for ZIP64). The directory is what Office reads; the scanner reads the entries one after another from the
 * start. When the two counts differ, entries could be hidden from one of them.
 */
final class CentralDirectory {

    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END_RECORD = 0x06064b50;
    private static final int MAX_COMMENT = 0xFFFF;

    private CentralDirectory() {
    }

    static long entryCount(byte[] zip) {
        int end = findEndRecord(zip);
        int count = uint16(zip, end + 10);
        if (count != 0xFFFF) {
            return count;
        }
        // The count did not fit: the ZIP64 end record, which the locator just before this one points at, has it.
        int locator = end - ZIP64_LOCATOR_SIZE;
        if (locator < 0 || int32(zip, locator) != ZIP64_LOCATOR) {
            throw corrupt();
        }
        long offset = int64(zip, locator + 8);
        if (offset < 0 || offset > locator - 40 || int32(zip, (int) offset) != ZIP64_END_RECORD) {
            throw corrupt();
        }
        return int64(zip, (int) offset + 32);
    }

    /** The end record is last, followed only by its comment, whose length it states. */
    private static int findEndRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int at = zip.length - END_RECORD_SIZE; at >= lowest; at--) {
            if (int32(zip, at) == END_RECORD && at + END_RECORD_SIZE + uint16(zip, at + 20) == zip.length) {
                return at;
            }
        }
        throw corrupt();
    }

    private static int uint16(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) | uint16(b, at + 2) << 16;
    }

    private static long int64(byte[] b, int at) {
        return int32(b, at) & 0xFFFF_FFFFL | (long) int32(b, at + 4) << 32;
    }

    private static RejectedUploadException corrupt() {
        return new RejectedUploadException("corrupt");
    }
}
