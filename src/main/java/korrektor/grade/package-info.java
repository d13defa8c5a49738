/**
 * Scoring: tolerance comparison, verdicts and points per item, totals per question; pure, no I/O.
 */
package korrektor.grade;
