package org.communique.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.communique.output.JsonFiles;
import org.communique.records.Agency;
import org.communique.records.Commitment;
import org.communique.records.DateItem;
import org.communique.records.Group;
import org.communique.records.Person;

/**
 * One Parquet table per record type: a row per item with its {@code doc_id}, its place in the
 * record ({@code item}, from 0) and its fields as the record contract names them. The columns are
 * derived from the record classes themselves, so a field added to a record type appears here too.
 */
final class ItemTables {
  static final String ITEM = "item";

  /** Record type (the record's key) → item class. */
  static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("groups", Group.class);
    TYPES.put("people", Person.class);
    TYPES.put("agencies", Agency.class);
    TYPES.put("dates", DateItem.class);
    TYPES.put("commitments", Commitment.class);
  }

  private ItemTables() {}

  /** The table's columns: doc_id, item, then the item's fields. */
  static StructType schema(String type) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(Schemas.DOC_ID, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(ITEM, DataTypes.IntegerType, false));
    fields.addAll(List.of(struct(TYPES.get(type)).fields()));
    return DataTypes.createStructType(fields);
  }

  private static StructType struct(Class<?> recordClass) {
    if (!recordClass.isRecord()) {
      throw new IllegalArgumentException("not a record class: " + recordClass);
    }
    List<StructField> fields = new ArrayList<>();
    for (RecordComponent c : recordClass.getRecordComponents()) {
      JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
      String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
      fields.add(DataTypes.createStructField(name, type(c.getGenericType()), !c.getType().isPrimitive()));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return DataTypes.createArrayType(type(p.getActualTypeArguments()[0]), true);
    }
    if (t == String.class) {
      return DataTypes.StringType;
    }
    if (t == int.class || t == Integer.class) {
      return DataTypes.IntegerType;
    }
    if (t == long.class || t == Long.class) {
      return DataTypes.LongType;
    }
    if (t == double.class || t == Double.class) {
      return DataTypes.DoubleType;
    }
    if (t == boolean.class || t == Boolean.class) {
      return DataTypes.BooleanType;
    }
    if (t instanceof Class<?> c && c.isRecord()) {
      return struct(c);
    }
    throw new IllegalArgumentException("no Parquet column type for " + t);
  }

  /** The items of a dataset line as JSON objects tagged with their type: (type, json) pairs. */
  static Iterator<scala.Tuple2<String, String>> items(String line) {
    JsonNode record;
    try {
      record = JsonFiles.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String docId = record.get(Schemas.DOC_ID).asText();
    List<scala.Tuple2<String, String>> out = new ArrayList<>();
    for (String type : TYPES.keySet()) {
      JsonNode list = record.get(type);
      if (list == null) {
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        ObjectNode item = JsonFiles.MAPPER.createObjectNode();
        item.put(Schemas.DOC_ID, docId);
        item.put(ITEM, i);
        item.setAll((ObjectNode) list.get(i));
        out.add(new scala.Tuple2<>(type, JsonFiles.line(item)));
      }
    }
    return out.iterator();
  }
}
