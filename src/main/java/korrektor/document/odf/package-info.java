/**
 * What the OpenDocument readers (.ods, .odt) share: the zip container opened with bomb limits, and
 * XML parsing with DTDs and external entities refused.
 */
package korrektor.document.odf;
