/**
 * Excel workbooks (.xlsx and .xls, through POI): every sheet a grid of cells with raw numbers and
 * displayed text, formulas by value, charts and pictures as figures.
 */
package korrektor.document.spreadsheet;
