package org.communique.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A cache entry's bytes: a magic number, a CRC32 of the payload, its length, then Jackson Smile
 * written and read with the streaming API.
 */
final class FramedSmile {
  private static final int MAGIC = 0x43514131; // "CQA1"
  // shared string values: the tag and entity columns repeat a few strings, which then decode as back-references
  private static final SmileFactory SMILE = SmileFactory.builder().enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build();

  private FramedSmile() {}

  /** Writes with Jackson's streaming generator, for entries read by {@link #read}. */
  interface Writer {
    void write(JsonGenerator out) throws IOException;
  }

  /** Reads with Jackson's streaming parser. */
  interface Reader<T> {
    T read(JsonParser in) throws IOException;
  }

  static byte[] write(Writer writer) throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(4096);
    try (JsonGenerator out = SMILE.createGenerator(payload)) {
      writer.write(out);
    }
    return frame(payload.toByteArray());
  }

  static <T> T read(byte[] bytes, Reader<T> reader) throws IOException {
    try (JsonParser in = SMILE.createParser(payload(bytes))) {
      return reader.read(in);
    }
  }

  private static byte[] frame(byte[] payload) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(crc(payload));
      out.writeInt(payload.length);
      out.write(payload);
    }
    return bytes.toByteArray();
  }

  /** The payload, or an IOException saying how the bytes are damaged. */
  private static byte[] payload(byte[] bytes) throws IOException {
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
    return body;
  }

  private static long crc(byte[] payload) {
    CRC32 c = new CRC32();
    c.update(payload);
    return c.getValue();
  }

  /** The next value, which must be an integer; otherwise the entry is damaged. */
  static int nextInt(JsonParser in) throws IOException {
    expect(in.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT);
    return in.getIntValue();
  }

  static void expect(boolean ok) throws IOException {
    if (!ok) {
      throw new IOException("damaged entry");
    }
  }
}
