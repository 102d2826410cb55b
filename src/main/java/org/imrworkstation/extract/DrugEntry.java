package org.imrworkstation.extract;

/** One lexicon row: a name as letters write it, its generic value (guidelines' form) and class. */
public record DrugEntry(String name, String generics, DrugClass drugClass) {
}
