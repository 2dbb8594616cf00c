/**
 * Charts of the {@code plot} and {@code steps} commands, drawn with XChart and written as PNG or SVG:
 * a function with its derivatives, and the error of finite differences against the step.
 */
package dev.nabla.cli.chart;
