package org.communique.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Items joined through the keys they share: items with one key in common end in one cluster. */
final class UnionFind {
  private final int[] parent;
  private final Map<String, Integer> firstWithKey = new HashMap<>();

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  void key(int item, String key) {
    Integer other = firstWithKey.putIfAbsent(key, item);
    if (other != null) {
      union(item, other);
    }
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  int find(int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /** The clusters as lists of item indexes, in the order of their first item. */
  List<List<Integer>> clusters() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
  }
}
