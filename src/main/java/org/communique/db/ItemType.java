package org.communique.db;

/** The values of {@code item_type} in the mentions and aliases tables. */
final class ItemType {
  static final String GROUP = "group";
  static final String PERSON = "person";
  static final String AGENCY = "agency";
  static final String DATE = "date";
  static final String COMMITMENT = "commitment";

  private ItemType() {}
}
