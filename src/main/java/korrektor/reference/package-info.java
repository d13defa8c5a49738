/**
 * Reference models (LSTM, vanilla RNN, GRU): forward passes and per-step traces of every named
 * quantity, as pure maths with no I/O. The expected answers of a rubric come from here.
 */
package korrektor.reference;
