/**
 * Reads OpenDocument text (.odt, LibreOffice Writer) from its content.xml: paragraphs and headings
 * as lines with their list numbers (list styles from styles.xml and content.xml), tables as grids,
 * the text of formula objects inline, pictures, charts and drawings as figures; with the zip-bomb
 * and XML limits of {@link korrektor.document.odf}.
 */
package korrektor.document.odt;
