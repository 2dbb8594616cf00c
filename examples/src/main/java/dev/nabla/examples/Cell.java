package dev.nabla.examples;

import java.util.function.Supplier;

/**
 * One notebook cell: its label in the seed notebook ({@code In[14]}), what it shows, and the Java
 * that reproduces it, returning the text the cell prints.
 *
 * @param label  the seed's cell label
 * @param title  what the cell demonstrates
 * @param output runs the cell and returns its printed output
 */
public record Cell(String label, String title, Supplier<String> output) {

    /** Runs the cell and returns what it prints. */
    public String run() {
        return output.get();
    }
}
