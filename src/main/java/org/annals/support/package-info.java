/**
 * The few truly shared pieces: settings of the data folder, text folding, checksums, CSV
 * neutralisation, the job listeners every job uses, and {@code ExportedFiles} (how a
 * feature hands its files to a snapshot). Owns no table and knows no feature: every type
 * here is API (the module has no {@code internal/}), so any module may use it.
 */
package org.annals.support;
