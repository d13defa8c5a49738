/**
 * Zip archives: unpacking one whose entries are hostile ({@link
 * korrektor.document.archive.SafeUnzip}: zip-slip, links, bombs), and reading a student's own zip
 * as one document made of its files ({@link korrektor.document.archive.ArchiveReader}).
 */
package korrektor.document.archive;
