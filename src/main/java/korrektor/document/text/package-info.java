/**
 * Plain text: decoding bytes whose charset nobody declared, sniffing a CSV delimiter, and reading
 * text files into lines.
 */
package korrektor.document.text;
