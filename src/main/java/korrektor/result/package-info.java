/**
 * The graded result of a batch as written to {@code results.json}: students (with their Moodle
 * identity when known), per-submission results and the whole batch. Values only.
 */
package korrektor.result;
