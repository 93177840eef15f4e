package org.communique.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;

/** A cache entry's bytes: a magic number, a CRC32 of the payload, its length, then Jackson Smile. */
final class FramedSmile {
  private static final int MAGIC = 0x43514131; // "CQA1"
  // shared string values: the tag and entity columns repeat a few strings, which then decode as back-references
  private static final ObjectMapper SMILE = new ObjectMapper(
      SmileFactory.builder().enable(com.fasterxml.jackson.dataformat.smile.SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build());

  private FramedSmile() {}

  static byte[] encode(Object value) throws IOException {
    byte[] payload = SMILE.writeValueAsBytes(value);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(crc(payload));
      out.writeInt(payload.length);
      out.write(payload);
    }
    return bytes.toByteArray();
  }

  /** The value, or an IOException saying how the bytes are damaged. */
  static <T> T decode(byte[] bytes, TypeReference<T> type) throws IOException {
    if (bytes.length < 16) {
      throw new IOException("truncated entry");
    }
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a cache entry");
    }
    long crc = in.readLong();
    int length = in.readInt();
    if (length != bytes.length - 16) {
      throw new IOException("truncated entry");
    }
    byte[] body = Arrays.copyOfRange(bytes, 16, 16 + length);
    if (crc(body) != crc) {
      throw new IOException("checksum mismatch");
    }
    return SMILE.readValue(body, type);
  }

  private static long crc(byte[] payload) {
    CRC32 c = new CRC32();
    c.update(payload);
    return c.getValue();
  }
}
