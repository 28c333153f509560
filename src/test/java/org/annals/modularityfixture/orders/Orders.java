package org.annals.modularityfixture.orders;

import org.annals.modularityfixture.orders.internal.OrderStore;

/**
 * The fixture's {@code orders} module API.
 */
public class Orders {

	private final OrderStore store = new OrderStore();

	public int count() {
		return this.store.size();
	}

}
