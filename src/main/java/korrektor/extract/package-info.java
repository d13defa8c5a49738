/**
 * Numbers and labelled answers out of a {@link korrektor.document.Document}: number parsing in all
 * common writings, quantity labels with step markers, tables (steps as rows or columns, from cells
 * or from aligned PDF text), key-value cells and prose. Every candidate keeps its location.
 */
package korrektor.extract;
