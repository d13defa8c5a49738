/**
 * Automatic list numbers as word processors and browsers show them: the number styles (1, 01, a, A,
 * i, I, bullets), label templates with placeholders for the levels ({@code %1.%2)}), and the
 * counters of one list over its levels. Shared by the .docx, .doc, .odt and HTML readers; uses no
 * library.
 */
package korrektor.document.numbering;
