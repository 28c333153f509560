package org.annals.support;

/**
 * A step's item that stands for several rows of a file: steps hand rows over in batches,
 * so that Spring Batch's work per item is not paid per row, and count rows, not batches.
 */
public interface Rows {

	/**
	 * How many rows the item stands for.
	 * @return the count
	 */
	int rows();

	/**
	 * How many rows some items stand for (an item that is not {@link Rows} is one).
	 * @param items the items
	 * @return the count
	 */
	static long count(Iterable<?> items) {
		long rows = 0;
		for (Object item : items) {
			rows += (item instanceof Rows batch) ? batch.rows() : 1;
		}
		return rows;
	}

}
