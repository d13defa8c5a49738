/**
 * Grades free-text parts: concepts and traps matched in short answers, yes/no answers, and formulas
 * checked by evaluation. Pure: answer text and rubric in, verdict and points out.
 */
package korrektor.grade.text;
