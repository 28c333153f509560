/**
 * The {@code annals} command line and its exit codes (DESIGN.md). Starts jobs through
 * {@code scheduling}, reads reports and facts through {@code ingest}; owns no table.
 */
package org.annals.cli;
