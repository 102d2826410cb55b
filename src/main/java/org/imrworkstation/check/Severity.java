package org.imrworkstation.check;

/** How much a flag matters: INFO to read, WARNING to look at, ERROR almost certainly wrong. */
public enum Severity {
    INFO, WARNING, ERROR
}
