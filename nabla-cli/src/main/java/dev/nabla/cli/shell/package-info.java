/**
 * JShell with Nabla: the class path of Nabla's modules, the imports a user needs, an interactive shell (the
 * JDK's own JShell tool) and a script runner that runs a {@code .jsh} file snippet by snippet and stops at
 * the first that fails, naming its line.
 */
package dev.nabla.cli.shell;
