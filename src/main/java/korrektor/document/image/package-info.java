/**
 * Images handed in as files: reported as one figure, the student's plot or a photographed answer.
 */
package korrektor.document.image;
