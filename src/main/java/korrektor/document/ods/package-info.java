/** Reads OpenDocument spreadsheets (.ods) from their content.xml, with zip-bomb and DTD limits. */
package korrektor.document.ods;
