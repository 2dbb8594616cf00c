/** Files the commands write (pictures, graphs): written whole to a temporary file, then moved into place. */
package dev.nabla.cli.output;
