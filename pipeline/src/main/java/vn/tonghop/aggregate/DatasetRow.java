package vn.tonghop.aggregate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row of a published dataset as a read-only map from column name to value. The column names
 * are shared by all rows of a file and the values sit in one array: millions of rows are held
 * by the site, and a hash map per row took several times the memory.
 */
final class DatasetRow extends AbstractMap<String, Object> {
    /** A file's columns in order, with each name's position. */
    record Columns(List<String> names, Map<String, Integer> index) {
        static Columns of(List<String> names) {
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            return new Columns(List.copyOf(names), Map.copyOf(index));
        }
    }

    private final Columns columns;
    private final Object[] values;

    DatasetRow(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The values themselves, for the reader to share repeated ones before the row is kept. */
    Object[] cells() {
        return values;
    }

    @Override
    public Object get(Object key) {
        Integer i = columns.index().get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return columns.index().containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns.names().get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
