/**
 * PDF documents (PDFBox 3): words and lines rebuilt from glyph positions, sub/superscripts kept as
 * their own words, images and vector plots as figures, scans flagged.
 */
package korrektor.document.pdf;
