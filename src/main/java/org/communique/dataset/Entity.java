package org.communique.dataset;

import java.util.List;

/**
 * One real body, person or group across the corpus: its id (from what it is), the name it goes
 * by, its country where it has one, and the record items that are it.
 */
record Entity(String id, String name, String country, List<ItemRef> items) {
  Entity {
    items = List.copyOf(items);
  }
}
