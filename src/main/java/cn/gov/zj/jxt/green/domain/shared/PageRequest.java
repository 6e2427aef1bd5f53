package cn.gov.zj.jxt.green.domain.shared;

/** Rows {@code first} .. {@code first + size - 1} of a result; {@code size} is capped so no request reads a whole table. */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }
}
