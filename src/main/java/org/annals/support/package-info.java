/**
 * The few truly shared pieces: settings of the data folder, text folding, checksums, CSV
 * neutralisation, and the job listeners every job uses. Owns no table.
 */
package org.annals.support;
