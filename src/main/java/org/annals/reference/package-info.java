/**
 * What {@code jobs/} declares: the GB/T 2260 gazetteer, the indicator catalogue and its
 * units, the departments, and the layout templates. Parsed once, checked, fail fast.
 * Reads and writes no table.
 */
package org.annals.reference;
