package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/** The contract's comparison of items: normalisation, identity per type, attribute checks. */
public final class Matching {
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern TRAILING = Pattern.compile("[.,;:]+$");
  private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
      Map.entry("u.s", "united states"), Map.entry("us", "united states"), Map.entry("usa", "united states"),
      Map.entry("u.s.a", "united states"), Map.entry("america", "united states"),
      Map.entry("united states of america", "united states"),
      Map.entry("uk", "united kingdom"), Map.entry("u.k", "united kingdom"), Map.entry("britain", "united kingdom"),
      Map.entry("great britain", "united kingdom"), Map.entry("eu", "european union"),
      Map.entry("republic of korea", "south korea"), Map.entry("korea", "south korea"), Map.entry("rok", "south korea"));

  private Matching() {}

  public static String norm(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    n = SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return TRAILING.matcher(n).replaceAll("");
  }

  static String str(JsonNode item, String field) {
    JsonNode v = item.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  static String country(String s) {
    String n = norm(s);
    return n == null ? null : COUNTRY_ALIASES.getOrDefault(n, n);
  }

  public static Set<String> names(JsonNode item) {
    Set<String> out = new HashSet<>();
    String name = str(item, "name");
    out.add(norm(name != null ? name : str(item, "text")));
    JsonNode aliases = item.get("aliases");
    if (aliases != null && aliases.isArray()) {
      aliases.forEach(a -> out.add(norm(a.isNull() ? null : a.asText())));
    }
    out.remove(null);
    out.remove("");
    return out;
  }

  public static List<int[]> spans(JsonNode item) {
    List<int[]> out = new ArrayList<>();
    JsonNode ms = item.get("mentions");
    if (ms != null && ms.isArray()) {
      for (JsonNode m : ms) {
        if (m.isObject() && m.has("start") && m.has("end")) {
          out.add(new int[] {m.get("start").asInt(), m.get("end").asInt()});
        }
      }
    }
    return out;
  }

  static int[] goldSpan(JsonNode item, String text) {
    String t = str(item, "text");
    int i = t == null || t.isEmpty() ? -1 : text.indexOf(t);
    return i >= 0 ? new int[] {i, i + t.length()} : null;
  }

  static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  /** Whether a predicted item is the gold item, per type. */
  public static BiPredicate<JsonNode, JsonNode> matcher(String type, String text) {
    switch (type) {
      case "groups", "people", "agencies":
        return (p, g) -> {
          Set<String> n = names(p);
          n.retainAll(names(g));
          return !n.isEmpty();
        };
      case "dates":
        return (p, g) -> java.util.Objects.equals(norm(str(p, "text")), norm(str(g, "text")));
      default:
        return (p, g) -> {
          int[] gs = goldSpan(g, text);
          if (gs == null || !java.util.Objects.equals(norm(str(p, "action")), norm(str(g, "action")))) {
            return false;
          }
          return spans(p).stream().anyMatch(s -> overlaps(s, gs));
        };
    }
  }

  static boolean looseEq(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x == null || y == null) {
      return java.util.Objects.equals(x, y);
    }
    return x.equals(y) || x.contains(y) || y.contains(x);
  }

  private static Set<String> countries(JsonNode item) {
    Set<String> out = new HashSet<>();
    JsonNode ms = item.get("members");
    if (ms != null && ms.isArray()) {
      ms.forEach(m -> out.add(country(m.isNull() ? null : m.asText())));
    }
    return out;
  }

  /** An attribute check on a matched pair. */
  public interface Check extends BiPredicate<JsonNode, JsonNode> {}

  /** The attributes the scorer checks on matched pairs, per type, in its order. */
  public static Map<String, Check> attributes(String type) {
    Map<String, Check> m = new java.util.LinkedHashMap<>();
    switch (type) {
      case "groups" -> {
        m.put("kind", (p, g) -> java.util.Objects.equals(norm(str(p, "kind")), norm(str(g, "kind"))));
        m.put("members", (p, g) -> countries(p).equals(countries(g)));
      }
      case "people" -> {
        m.put("title", (p, g) -> looseEq(str(p, "title"), str(g, "title")));
        m.put("agency", (p, g) -> looseEq(str(p, "agency"), str(g, "agency")));
        m.put("country", (p, g) -> java.util.Objects.equals(country(str(p, "country")), country(str(g, "country"))));
      }
      case "agencies" -> m.put("country", (p, g) -> java.util.Objects.equals(country(str(p, "country")), country(str(g, "country"))));
      case "dates" -> m.put("value", (p, g) -> str(g, "value") == null || java.util.Objects.equals(norm(str(p, "value")), norm(str(g, "value"))));
      default -> m.put("actor", (p, g) -> looseEq(str(p, "actor"), str(g, "actor")));
    }
    return m;
  }
}
