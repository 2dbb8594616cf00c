package dev.nabla.examples;

import java.util.List;

/** A seed notebook reproduced in Java: its cells, in order. */
public interface Notebook {

    /** The notebook's title. */
    String title();

    /** Its cells, in order. */
    List<Cell> cells();

    /** Prints every cell with its label, as the notebook would show it. */
    default void print() {
        System.out.println("# " + title());
        for (Cell c : cells()) {
            System.out.println();
            System.out.println(c.label() + "  " + c.title());
            System.out.println(c.run());
        }
    }
}
