package dev.nabla.spark.loss;

import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Reads the features and label of a {@link Row}: numeric columns give one feature each, ML vector
 * columns ({@code org.apache.spark.ml.linalg.Vector}) give their entries. Resolved once against
 * the schema on the driver, then shipped to the executors.
 */
public final class RowReader implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] featureColumns;
    private final int[] featureIndices;
    private final boolean[] isVector;
    private final String labelColumn;
    private final int labelIndex;
    private final int featureCount;

    private RowReader(String[] featureColumns, int[] featureIndices, boolean[] isVector, String labelColumn,
                      int labelIndex, int featureCount) {
        this.featureColumns = featureColumns;
        this.featureIndices = featureIndices;
        this.isVector = isVector;
        this.labelColumn = labelColumn;
        this.labelIndex = labelIndex;
        this.featureCount = featureCount;
    }

    /**
     * A reader of {@code featureColumns} and {@code labelColumn} (null: no label, read as 0).
     *
     * @param vectorSizes the size of each vector column's entries, in order of appearance (the caller
     *                    reads them from the data)
     * @throws IllegalArgumentException if a column is missing or neither numeric nor a vector
     */
    static RowReader resolve(StructType schema, String[] featureColumns, String labelColumn, int[] vectorSizes) {
        int[] indices = new int[featureColumns.length];
        boolean[] vector = new boolean[featureColumns.length];
        int count = 0, v = 0;
        for (int i = 0; i < featureColumns.length; i++) {
            indices[i] = indexOf(schema, featureColumns[i]);
            DataType type = schema.fields()[indices[i]].dataType();
            vector[i] = isVectorType(type);
            if (!vector[i] && !(type instanceof NumericType)) {
                throw new IllegalArgumentException("column '" + featureColumns[i] + "' has type " + type.simpleString()
                        + "; a feature column must be numeric or an ML vector");
            }
            count += vector[i] ? vectorSizes[v++] : 1;
        }
        int label = -1;
        if (labelColumn != null) {
            label = indexOf(schema, labelColumn);
            DataType type = schema.fields()[label].dataType();
            if (!(type instanceof NumericType)) {
                throw new IllegalArgumentException("label column '" + labelColumn + "' has type " + type.simpleString() + "; it must be numeric");
            }
        }
        return new RowReader(featureColumns.clone(), indices, vector, labelColumn, label, count);
    }

    /** Whether {@code type} is Spark ML's vector type. */
    static boolean isVectorType(DataType type) {
        return type.sameType(SQLDataTypes.VectorType());
    }

    static int indexOf(StructType schema, String column) {
        if (column == null) throw new IllegalArgumentException("column name is null");
        for (int i = 0; i < schema.fields().length; i++) {
            if (schema.fields()[i].name().equals(column)) return i;
        }
        throw new IllegalArgumentException("no column '" + column + "' (columns: "
                + String.join(", ", Arrays.stream(schema.fields()).map(StructField::name).toList()) + ")");
    }

    /** The number of features each record has. */
    public int featureCount() { return featureCount; }

    /**
     * Fills {@code features} from {@code row} and returns its label; a missing or non-finite value
     * throws {@link BadRecordException} naming {@code partition}, {@code position} and the column.
     */
    public double read(Row row, double[] features, int partition, long position) {
        int k = 0;
        for (int i = 0; i < featureIndices.length; i++) {
            int c = featureIndices[i];
            if (row.isNullAt(c)) throw new BadRecordException(partition, position, featureColumns[i], "is null");
            if (isVector[i]) {
                Vector vec = (Vector) row.get(c);
                if (vec.size() > features.length - k) {
                    throw new BadRecordException(partition, position, featureColumns[i],
                            "holds a vector of " + vec.size() + " entries where the data has " + (features.length - k) + " at most");
                }
                for (int j = 0; j < vec.size(); j++) features[k++] = finite(vec.apply(j), partition, position, featureColumns[i] + "[" + j + "]");
            } else {
                features[k++] = finite(((Number) row.get(c)).doubleValue(), partition, position, featureColumns[i]);
            }
        }
        if (k != features.length) {
            throw new BadRecordException(partition, position, featureColumns[featureColumns.length - 1],
                    "gives " + k + " features where the data has " + features.length);
        }
        if (labelIndex < 0) return 0;
        if (row.isNullAt(labelIndex)) throw new BadRecordException(partition, position, labelColumn, "is null");
        return finite(((Number) row.get(labelIndex)).doubleValue(), partition, position, labelColumn);
    }

    private static double finite(double v, int partition, long position, String column) {
        if (!Double.isFinite(v)) throw new BadRecordException(partition, position, column, "is " + v);
        return v;
    }
}
