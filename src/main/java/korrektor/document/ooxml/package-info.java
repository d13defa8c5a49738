/**
 * What xlsx and docx share as Office Open XML packages: their document properties, read with POI.
 */
package korrektor.document.ooxml;
