/**
 * The format-neutral document (grids of cells, text lines, figures, each with a {@link
 * korrektor.document.Location}), the {@link korrektor.document.DocumentReader} interface, and
 * format detection; one subpackage per format.
 */
package korrektor.document;
