/**
 * Reads Rich Text Format (.rtf) with a tokenizer of our own, not the JDK's {@code
 * javax.swing.text.rtf.RTFEditorKit}.
 *
 * <p>Both were tried on the RTF LibreOffice 7.4 writes ({@code soffice --headless --convert-to
 * rtf}) from a .docx with a table, German umlauts, σ, a superscript, a subscript and a Word
 * equation (the fixture {@code rtf/sheet.rtf}). RTFEditorKit gets the umlauts and σ right but runs
 * the table cells together ({@code LSTM forward passthc10.26100.5769…}: no row or cell boundaries
 * survive), drops the equation, and says nothing about pictures; it also builds a Swing styled
 * document, needs AWT classes and gives no handle on nesting depth or time. The tokenizer here
 * reads the same file into the same lines, grid and figure as the .docx and .odt readers do; it is
 * one linear pass over the bytes with at most {@value korrektor.document.rtf.RtfContent#MAX_DEPTH}
 * nested groups, so a hostile file costs time proportional to its size and a bounded stack.
 */
package korrektor.document.rtf;
