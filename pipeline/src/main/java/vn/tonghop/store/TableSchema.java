package vn.tonghop.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A stored table's columns, in order, with the partition columns that live only in folder names.
 * Gives the Parquet schema for writing and the Spark schema for reading.
 */
public final class TableSchema {
    private final String name;
    private final Map<String, ColumnType> columns;
    private final Map<String, ColumnType> partitions;

    private TableSchema(String name, Map<String, ColumnType> columns, Map<String, ColumnType> partitions) {
        this.name = name;
        this.columns = columns;
        this.partitions = partitions;
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    ColumnType type(String column) {
        return columns.get(column);
    }

    public List<String> partitionColumns() {
        return new ArrayList<>(partitions.keySet());
    }

    MessageType parquetSchema() {
        Types.MessageTypeBuilder message = Types.buildMessage();
        columns.forEach((column, type) -> {
            switch (type) {
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
                case INT -> message.optional(PrimitiveTypeName.INT32).named(column);
                case LONG -> message.optional(PrimitiveTypeName.INT64).named(column);
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(column);
                case DATE -> message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(column);
                case TIMESTAMP -> message.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(column);
                default -> throw new IllegalStateException(type.name());
            }
        });
        return message.named(name);
    }

    /** Spark schema: data columns, then partition columns (as Spark appends them). */
    public StructType sparkSchema() {
        List<StructField> fields = new ArrayList<>();
        columns.forEach((column, type) -> fields.add(DataTypes.createStructField(column, sparkType(type), true)));
        partitions.forEach((column, type) -> fields.add(DataTypes.createStructField(column, sparkType(type), true)));
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }

    static final class Builder {
        private final String name;
        private final Map<String, ColumnType> columns = new LinkedHashMap<>();
        private final Map<String, ColumnType> partitions = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder column(String column, ColumnType type) {
            columns.put(column, type);
            return this;
        }

        Builder partition(String column, ColumnType type) {
            partitions.put(column, type);
            return this;
        }

        TableSchema build() {
            return new TableSchema(name, columns, partitions);
        }
    }
}
