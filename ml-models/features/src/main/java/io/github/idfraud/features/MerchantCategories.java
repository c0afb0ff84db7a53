package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The merchant category codes (0-9999, not personal) a customer has paid in, sorted and delta-coded: about two bytes
 * each. At most {@value #CAP}: past that, a category not yet listed stays "new".
 */
final class MerchantCategories {

    static final int CAP = 64;

    private int[] codes = new int[4];
    private int size;

    /** Records the category; returns whether it is new for this customer. */
    boolean see(int code) {
        int i = Arrays.binarySearch(codes, 0, size, code);
        if (i >= 0) {
            return false;
        }
        if (size < CAP) {
            int at = -i - 1;
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            System.arraycopy(codes, at, codes, at + 1, size - at);
            codes[at] = code;
            size++;
        }
        return true;
    }

    boolean contains(int code) {
        return Arrays.binarySearch(codes, 0, size, code) >= 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void writeTo(CodedOutputStream out) throws IOException {
        out.writeUInt32NoTag(size);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            out.writeUInt32NoTag(codes[i] - previous);
            previous = codes[i];
        }
    }

    static MerchantCategories readFrom(CodedInputStream in) throws IOException {
        MerchantCategories set = new MerchantCategories();
        int code = 0;
        for (int n = in.readUInt32(); n > 0; n--) {
            code += in.readUInt32();
            if (set.size < CAP) {
                if (set.size == set.codes.length) {
                    set.codes = Arrays.copyOf(set.codes, set.size * 2);
                }
                set.codes[set.size++] = code;
            }
        }
        return set;
    }
}
