package dev.nabla.spark.loss;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One record of a data set: its features and its label.
 *
 * @param features the feature values
 * @param label    the label (0 when the loss ignores it)
 */
public record LabeledRecord(double[] features, double label) implements Serializable {
    /** A record; the array is kept, not copied. */
    public LabeledRecord {
        if (features == null) throw new IllegalArgumentException("record: features are null");
    }

    /**
     * This record if every value is finite.
     *
     * @throws BadRecordException naming {@code features[j]} or {@code label}, the position and the partition
     */
    LabeledRecord checked(int partition, long position) {
        for (int j = 0; j < features.length; j++) {
            if (!Double.isFinite(features[j])) {
                throw new BadRecordException(partition, position, "features[" + j + "]", "is " + features[j]).withRecord(toString());
            }
        }
        if (!Double.isFinite(label)) throw new BadRecordException(partition, position, "label", "is " + label).withRecord(toString());
        return this;
    }

    @Override public boolean equals(Object o) {
        return o instanceof LabeledRecord r && Arrays.equals(features, r.features)
                && Double.compare(label, r.label) == 0;
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(features) + Double.hashCode(label); }

    @Override public String toString() { return "(" + Arrays.toString(features) + ", " + label + ")"; }
}
