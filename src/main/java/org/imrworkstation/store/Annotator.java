package org.imrworkstation.store;

/** Who is making changes: the OS user unless --annotator says otherwise. */
public final class Annotator {

    private Annotator() {
    }

    public static String orDefault(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
