package org.annals.modularityfixture.billing;

import org.annals.modularityfixture.orders.internal.OrderStore;

/**
 * The fixture's {@code billing} module, reaching past {@code orders}' API into its
 * internals.
 */
public class Invoices {

	public int open() {
		return new OrderStore().size();
	}

}
