/** The {@code nabla} command line: subcommands built with picocli on the library's facade. */
package dev.nabla.cli;
