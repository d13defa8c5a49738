/**
 * Academic integrity: fingerprints of submissions, a similarity report of pairs and clusters whose
 * work is suspiciously alike (rare shared values weigh most), and the authors a sheet names. Pure:
 * results and documents in, a report out; nothing here changes a grade.
 */
package korrektor.integrity;
