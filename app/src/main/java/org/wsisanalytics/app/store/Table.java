package org.wsisanalytics.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One table of the analysis store, declared once for writing and reading: its name, its key columns (bound by the
 * store from the row's place: run, document position, ...), the columns an item fills, each with how the item gives
 * its value, and how a row is read back into an item, by column name.
 *
 * @param <T> what a row holds
 * @param <C> what reading a row needs besides the row (the documents' names, say); {@link Void} for nothing
 */
final class Table<T, C> {

    private final String name;
    private final List<String> keys;
    private final List<Column<T>> columns;
    private final Reader<T, C> reader;

    /**
     * @param name the table's name
     * @param keys the key columns, in the order {@link #row} takes their values
     * @param columns the columns an item fills
     * @param reader reads an item from a row that holds the key and item columns
     */
    Table(String name, List<String> keys, List<Column<T>> columns, Reader<T, C> reader) {
        this.name = name;
        this.keys = List.copyOf(keys);
        this.columns = List.copyOf(columns);
        this.reader = reader;
    }

    /** A column and how an item gives its value. */
    static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    String name() {
        return name;
    }

    /** {@code INSERT INTO name (keys..., columns...) VALUES (?, ...)}. */
    String insert() {
        return "INSERT INTO " + name + " (" + columns("") + ") VALUES ("
                + String.join(", ", Collections.nCopies(keys.size() + columns.size(), "?")) + ")";
    }

    /** The values of {@link #insert}: the keys' values, then the item's. */
    Object[] row(T item, Object... keyValues) {
        if (keyValues.length != keys.size()) {
            throw new IllegalArgumentException(
                    name + " is keyed by " + keys + ", not by " + keyValues.length + " values");
        }
        Object[] row = new Object[keys.size() + columns.size()];
        System.arraycopy(keyValues, 0, row, 0, keyValues.length);
        for (int i = 0; i < columns.size(); i++) {
            row[keys.size() + i] = columns.get(i).value().apply(item);
        }
        return row;
    }

    /** {@code SELECT keys..., columns... FROM name}, to which the caller adds its WHERE and ORDER BY. */
    String select() {
        return "SELECT " + columns("") + " FROM " + name;
    }

    /** The key and item columns, each qualified by {@code alias} (none where empty), for a SELECT that joins. */
    String columns(String alias) {
        List<String> all = new ArrayList<>(keys);
        columns.forEach(column -> all.add(column.name()));
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return String.join(", ", all.stream().map(column -> prefix + column).toList());
    }

    /** The item of the current row of {@code rs}, which holds the columns of {@link #select}. */
    T read(ResultSet rs, C context) throws SQLException {
        return reader.read(rs, context);
    }

    /**
     * A column of a table.
     *
     * @param name its name
     * @param value how an item gives its value
     */
    record Column<T>(String name, Function<T, Object> value) {}

    /** Reads an item from a row, by column name. */
    @FunctionalInterface
    interface Reader<T, C> {
        T read(ResultSet rs, C context) throws SQLException;
    }
}
