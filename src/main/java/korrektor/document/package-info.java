/**
 * The format-neutral document (grids of cells, text lines, figures, each with a {@link
 * korrektor.document.Location}) and the {@link korrektor.document.DocumentReader} interface; one
 * subpackage per format, {@code detect} for format detection and {@code read} for the registry that
 * reads any file. This package depends on none of its subpackages.
 */
package korrektor.document;
