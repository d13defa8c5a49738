/** Finding submissions in a folder, grading them in parallel, and writing the batch's outputs. */
package korrektor.batch;
