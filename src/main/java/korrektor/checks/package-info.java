/**
 * Checks on a whole sheet that extract no values: whether the student's name or id is on it,
 * whether a plot was handed in, and which partners it declares.
 */
package korrektor.checks;
