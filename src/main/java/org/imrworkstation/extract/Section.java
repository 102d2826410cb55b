package org.imrworkstation.extract;

/** A part of a letter under one heading: [start, end) of the letter text, heading included. */
public record Section(String name, int start, int end) {
}
