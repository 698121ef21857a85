package org.threatwright.risk.requirements;

import java.util.Objects;

/**
 * Who created a record and when, and who changed it last and when.
 *
 * @param created    the first write
 * @param lastChange the latest write (equal to {@code created} until someone changes the record)
 */
public record Attribution(Change created, Change lastChange) {

    public Attribution {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastChange, "lastChange");
    }

    /** A record created by {@code change}. */
    public static Attribution of(Change change) {
        return new Attribution(change, change);
    }

    /** This record, changed by {@code change}. */
    public Attribution changedBy(Change change) {
        return new Attribution(created, change);
    }
}
