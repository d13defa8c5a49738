/**
 * Rubrics: the records that say what a sheet asks and how it is scored, reading them from YAML, and
 * validating them with {@code file:line:column} diagnostics.
 */
package korrektor.rubric;
