package io.mayorsdialogue.api.city;

/** A city's administrative level as stored; the contract's AdminLevelDto maps onto it by name. */
public enum AdminLevel {
    CITY, COUNTY, PREFECTURE, PROVINCE, STATE, DISTRICT, OTHER
}
