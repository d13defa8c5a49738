/** Grade exports for learning-management systems: grade CSVs (Moodle worksheets to come). */
package korrektor.lms;
