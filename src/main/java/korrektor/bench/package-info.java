/**
 * The shipped benchmark ({@code korrektor bench}): realistic submissions generated with a fixed
 * seed, timed through grading and through plain parsing with the same libraries.
 */
package korrektor.bench;
