/**
 * Learning-management systems: grade CSVs, Moodle's submission names, grading worksheets and
 * feedback zips.
 */
package korrektor.lms;
