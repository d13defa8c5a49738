/**
 * Reads Word documents (.docx, POI XWPF): paragraphs with their equations, tables, pictures and
 * charts.
 */
package korrektor.document.docx;
