/** Small helpers that assemble derivative matrices from the products the engines compute. */
package dev.nabla.core.matrix;
