/**
 * The command line: {@code korrektor grade | solve | rubric check | extract | check | serve}; all
 * file I/O starts here.
 */
package korrektor.cli;
