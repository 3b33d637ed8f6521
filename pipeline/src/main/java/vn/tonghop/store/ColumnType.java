package vn.tonghop.store;

/** The few Parquet column types the store uses. */
enum ColumnType {
    STRING, INT, LONG, DOUBLE, DATE, TIMESTAMP
}
